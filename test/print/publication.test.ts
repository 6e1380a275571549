import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../src/templates/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { runCli } from '../helpers/cli.js';
import { REPO } from '../helpers/fixtures.js';
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { readPdf } from '../helpers/pdf.js';
import { baselineRows, bodyTexts, pageFill, readLayout, textArea, type PrintedPage, type PrintedText } from '../helpers/pdf-layout.js';
import { proseMeasure } from '../helpers/line-measure.js';

/** The lines of a page's text area, top to bottom, each its runs left to right. */
function lines(texts: readonly PrintedText[]): string[] {
  return baselineRows(texts).map((line) => line.map((t) => t.text).join(' ').replace(/\s+/g, ' ').trim());
}

/**
 * The sample pack printed as its readers get it, read back page by page: what
 * a reviewer holding it to the standard of a published brief would measure.
 */
describe('the sample pack in print', () => {
  let work: string;
  let out: string;
  let analyst: PrintedPage[];
  let minister: PrintedPage[];
  let handouts: PrintedPage[];
  let handoutFiles: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'brief-publication-'));
    out = join(work, 'output');
    const result = await runCli('--project', REPO, 'build', 'kashmir-2025', '--format', 'pdf', '--quiet', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    analyst = await readLayout(join(out, 'kashmir-2025', 'analyst.pdf'));
    minister = await readLayout(join(out, 'kashmir-2025', 'minister.pdf'));
    handouts = await readLayout(join(out, 'kashmir-2025', 'handouts.pdf'));
    const { project } = await validateRoot(REPO, [BUILT_IN_TEMPLATES]);
    handoutFiles = project.packs.get('kashmir-2025')!.data.options.map((id) => join(out, 'kashmir-2025', 'handouts', `${id}.pdf`));
  }, 240_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The analyst brief's text area: the base set's 20 mm head and 22 mm foot margins. */
  const body = (page: PrintedPage) => lines(bodyTexts(page, textArea(page, 20, 22)));

  it('leaves no page of the analyst brief under 40% full but the last of a part that ends where the next starts a page', () => {
    // The parts that start a page: the summary (after the contents) and the sources.
    const leaders = ['Summary', 'Sources'];
    const startsPart = (page: PrintedPage) => leaders.some((leader) => body(page)[0]?.startsWith(leader));
    expect(analyst.filter(startsPart)).toHaveLength(2);
    const short = analyst
      .map((page, i) => ({ page: i + 1, fill: Math.round(pageFill(page, textArea(page, 20, 22)) * 100) }))
      .filter(({ page }) => page > 2 && page < analyst.length && !startsPart(analyst[page]!))
      .filter(({ fill }) => fill < 40);
    expect(short).toEqual([]);
  });

  it('sets the analyst brief\'s body prose 60 to 75 characters a line', () => {
    // Measured as a reader counts: the median full line of the body text's size, spaces included.
    const measure = proseMeasure(analyst, (page) => textArea(page, 20, 22));
    expect(measure).toBeGreaterThanOrEqual(60);
    expect(measure).toBeLessThanOrEqual(75);
  });

  it('repeats a table\'s header rows on the page it runs on to', () => {
    const starts = analyst.map((page) => body(page)[0] ?? '');
    // A timeline row with no header above it would start a page with its date.
    expect(starts.filter((line) => /^\d{1,2} [A-Z][a-z]+ \d{4} /.test(line))).toEqual([]);
    expect(starts.filter((line) => /^(Date Event|Criterion Score Reason)$/.test(line)).length).toBeGreaterThan(0);
  });

  /** The page's lines in its head and foot margins (the text area's 20 mm and 22 mm, or the minister's and handout's 14 mm). */
  const furniture = (page: PrintedPage, margin: [number, number]) => {
    const area = textArea(page, ...margin);
    const outside = page.texts.filter((t) => !bodyTexts(page, area).includes(t));
    return { head: lines(outside.filter((t) => t.baseline < area.top)), foot: lines(outside.filter((t) => t.baseline > area.bottom)) };
  };

  it('marks the classification at the head and the foot of every page, and numbers every page of the minister\'s brief', () => {
    analyst.slice(1).forEach((page, i) => {
      const { head, foot } = furniture(page, [20, 22]);
      expect(head.join(' '), `analyst p${i + 2}`).toMatch(/^PUBLIC · SAMPLE /);
      expect(foot.join(' '), `analyst p${i + 2}`).toMatch(new RegExp(`PUBLIC · SAMPLE .*Page ${i + 2} of ${analyst.length}$`));
    });
    expect(furniture(analyst[0]!, [20, 22]).foot).toEqual([]);
    minister.forEach((page, i) => {
      const { head, foot } = furniture(page, [14, 14]);
      expect(head.join(' '), `minister p${i + 1}`).toMatch(/^PUBLIC · SAMPLE /);
      expect(foot.join(' '), `minister p${i + 1}`).toMatch(new RegExp(`PUBLIC · SAMPLE .*Page ${i + 1} of ${minister.length}$`));
    });
    handouts.forEach((page, i) => expect(furniture(page, [14, 14]).foot.join(' '), `handout ${i + 1}`).toBe('PUBLIC · SAMPLE'));
  });

  it('names in the analyst brief\'s running head the chapter that opens each page, else the one that fills most of it', () => {
    const heads = analyst.map((page) => furniture(page, [20, 22]).head.join(' ').replace(/^PUBLIC · SAMPLE ?/, ''));
    // Chapter headings are the only text of 16 pt: where each starts down its page, and which are options ("2." before the title).
    const chapters = analyst.map((page) =>
      bodyTexts(page, textArea(page, 20, 22))
        .filter((t) => t.size > 15)
        .map((t) => ({ text: t.text.trim(), down: t.baseline / page.height })),
    );
    expect(heads[0]).toBe('');
    expect(heads[1]).toBe('Kashmir: options for diplomacy after the May 2025 ceasefire');
    expect(heads[2]).toBe('Summary');
    expect(heads.at(-1)).toBe('Sources');
    const optionPages = analyst.map((_, i) => i).filter((i) => /^\d+\. /.test(heads[i]!));
    expect(optionPages.length).toBeGreaterThan(11);
    let running = '';
    let checked = 0;
    analyst.forEach((_, i) => {
      const options = chapters[i]!.filter((c) => /^\d+\.$/.test(c.text));
      const others = chapters[i]!.filter((c) => !/^\d+\.$/.test(c.text) && !options.some((o) => Math.abs(o.down - c.down) < 0.01));
      // A page where only option chapters run: its share of each, from the chapter running on to each that starts on it.
      const shares = [{ head: running, from: 0 }, ...options.map((o) => ({ head: o.text, from: o.down }))]
        .map((s, k, all) => ({ head: s.head, share: (all[k + 1]?.from ?? 1) - s.from }))
        .sort((a, b) => b.share - a.share);
      const clear = shares.length === 1 || shares[0]!.share - shares[1]!.share > 0.05;
      // Baselines are a little below where the bookmarks point: a heading in the top sixth is left out as too near the line.
      const opens = options.some((o) => o.down < 0.17);
      if (optionPages.includes(i) && others.length === 0 && clear && !opens) {
        expect(heads[i], `page ${i + 1}`).toMatch(new RegExp(`^${shares[0]!.head.replace('.', '\\.')} \\S`));
        checked++;
      }
      running = options.at(-1)?.text ?? running;
    });
    expect(checked).toBeGreaterThan(5);
    // An option chapter that opens its page names it.
    analyst.forEach((_, i) => {
      const top = chapters[i]!.find((c) => /^\d+\.$/.test(c.text) && c.down < 0.12);
      if (top) expect(heads[i], `page ${i + 1}`).toMatch(new RegExp(`^${top.text.replace('.', '\\.')} \\S`));
    });
    expect(heads.find((h) => h.startsWith('2. '))).toBe('2. Dixon plan');
  });

  it('sets under a tenth of the minister\'s brief\'s and of each handout\'s text below 8 pt', () => {
    const small = (pages: PrintedPage[]) => {
      const texts = pages.flatMap((p) => p.texts);
      const chars = (list: PrintedText[]) => list.reduce((n, t) => n + t.text.replace(/\s/g, '').length, 0);
      return chars(texts.filter((t) => t.size < 7.95)) / chars(texts);
    };
    expect(small(minister)).toBeLessThan(0.1);
    handouts.forEach((page, i) => expect(small([page]), `handout ${i + 1}`).toBeLessThan(0.1));
  });

  /** Every line of every page of each PDF the build prints, head and foot included, by file. */
  const everyLine = () => ({ analyst, minister, handouts }) as Record<string, PrintedPage[]>;

  it('leaves no citation marker alone on a line in any PDF, and parts no range of years at its dash in the analyst and minister briefs', () => {
    for (const [file, pages] of Object.entries(everyLine())) {
      pages.forEach((page, i) => {
        const all = lines(page.texts);
        expect(all.filter((line) => /^\[[\d, –]+\]\.?$/.test(line)), `${file} p${i + 1}`).toEqual([]);
      });
    }
    // "2004–" at a line's end, "08" on the next; an open period ("2 July 1972 –") has a space before its dash.
    // (A handout's sources line can still part "FRUS 1961–63": not yet bound.)
    for (const [file, pages] of Object.entries({ analyst, minister })) {
      pages.forEach((page, i) => expect(lines(page.texts).filter((line) => /\d–$/.test(line)), `${file} p${i + 1}`).toEqual([]));
    }
    // A handout's sources line: "[5]" kept with the source it numbers, never left at a line's end.
    handouts.forEach((page, i) => {
      const all = lines(page.texts);
      const from = all.findIndex((line) => line.startsWith('Sources: [1]'));
      expect(from, `handout ${i + 1}`).toBeGreaterThan(0);
      expect(all.slice(from).filter((line) => /\[\d+\]$/.test(line)), `handout ${i + 1}`).toEqual([]);
    });
  });

  it('prints typographic quotes and apostrophes, never typed ones, in the text of every PDF', () => {
    for (const [file, pages] of Object.entries(everyLine())) {
      // Web addresses in the sources keep what they are typed with.
      const typed = pages.flatMap((page, i) => page.texts.filter((t) => /["']/.test(t.text) && !/(https?:|www\.)/.test(t.text)).map((t) => `p${i + 1}: ${t.text}`));
      expect(typed, file).toEqual([]);
    }
  });

  it('names every party with its stance on every handout', async () => {
    const { project } = await validateRoot(REPO, [BUILT_IN_TEMPLATES]);
    const parties = project.packs.get('kashmir-2025')!.data.parties.map((p) => p.label);
    const stances = ['Supports', 'Accepts with conditions', 'Divided', 'Opposes', 'No stated position'];
    expect(handouts).toHaveLength(project.packs.get('kashmir-2025')!.data.options.length);
    handouts.forEach((page, i) => {
      const all = lines(page.texts);
      for (const party of parties) {
        expect(all.some((line) => stances.some((stance) => line.includes(`${party} ${stance}`))), `handout ${i + 1}: ${party}`).toBe(true);
      }
    });
  });

  it('lists the sources in the policy style, not the medical one', () => {
    const sources = analyst.slice(analyst.findIndex((page) => body(page)[0]?.startsWith('Sources'))).flatMap((page) => lines(page.texts)).join(' ');
    expect(sources).toMatch(/S\/RES\/47/);
    expect(sources).not.toMatch(/\[Internet\]|Available from:|Report No\.:|\[cited /);
  });

  it('draws the timeline\'s labels at 8 pt or more', () => {
    const page = analyst.find((p) => body(p).some((line) => line.startsWith('The options over time')))!;
    const sorted = bodyTexts(page, textArea(page, 20, 22)).sort((a, b) => a.baseline - b.baseline);
    const from = sorted.findIndex((t) => t.text.startsWith('The options over time'));
    const to = sorted.findIndex((t) => t.text.startsWith('Each option from its first'));
    const figure = sorted.slice(from + 1, to);
    expect(figure.length).toBeGreaterThan(20);
    expect(figure.filter((t) => t.size < 7.95).map((t) => `${t.text} ${t.size.toFixed(1)}pt`)).toEqual([]);
  });

  it('gives each brief its own title and subject, in the Info dictionary and as XMP, and bookmarks that are the headings alone', async () => {
    const info = async (file: string) => (await readPdf(join(out, 'kashmir-2025', file))).info;
    const [a, m, h] = [await info('analyst.pdf'), await info('minister.pdf'), await info('handouts.pdf')];
    expect(a['Title']).toBe('Kashmir: options for diplomacy after the May 2025 ceasefire');
    expect(m['Title']).toBe('Kashmir: options for diplomacy after the May 2025 ceasefire: Brief for ministers');
    expect(h['Title']).toBe('Kashmir: options for diplomacy after the May 2025 ceasefire: Handout for a meeting');
    expect(a['Subject']).toMatch(/^Full brief for analysts\. /);
    expect(m['Subject']).toMatch(/^Brief for ministers\. /);
    expect((await readPdf(handoutFiles[1]!)).info['Title']).toMatch(/^The Owen Dixon plan[^:]*: Kashmir/);
    for (const file of ['analyst.pdf', 'minister.pdf', 'handouts.pdf', handoutFiles[0]!]) {
      const doc = await PDFDocument.load(readFileSync(file.startsWith('/') ? file : join(out, 'kashmir-2025', file)), { updateMetadata: false });
      const stream = doc.catalog.lookup(PDFName.of('Metadata'));
      expect(stream, file).toBeInstanceOf(PDFRawStream);
      const xmp = new TextDecoder().decode((stream as PDFRawStream).contents);
      const title = (await readPdf(file.startsWith('/') ? file : join(out, 'kashmir-2025', file))).info['Title'] as string;
      expect(xmp, file).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li>`);
      expect(xmp, file).toContain('<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li>');
      expect(xmp, file).toContain('<dc:creator><rdf:Seq><rdf:li>options-brief sample content</rdf:li>');
      expect(xmp, file).toMatch(/<pdf:Producer>options-brief \d+\.\d+\.\d+<\/pdf:Producer>/);
      expect(xmp, file).toContain('<xmp:CreateDate>2025-08-31T00:00:00Z</xmp:CreateDate>');
    }
    // The file meant for printing is tagged and says its language, as each handout does.
    for (const file of [join(out, 'kashmir-2025', 'handouts.pdf'), handoutFiles[0]!]) {
      const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      expect(String(doc.catalog.lookup(PDFName.of('Lang'))), file).toMatch(/en-GB/);
      expect(doc.catalog.lookup(PDFName.of('StructTreeRoot')), file).toBeDefined();
      expect((await readPdf(file)).tagged, file).toBe(true);
    }
    const outline = (await readPdf(join(out, 'kashmir-2025', 'analyst.pdf'))).outline;
    expect(outline).toContain('Summary');
    expect(outline.filter((title) => /the authors' (assessment|judgement)/.test(title))).toEqual([]);
  });
});
