import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../src/templates/template-set.js';
import { validateRoot } from '../src/validate/validate-root.js';
import { REPO } from './helpers/fixtures.js';
import { readPdf, type PdfContents } from './helpers/pdf.js';
import { textOf } from './helpers/render.js';

const run = promisify(execFile);
/** Text with white space folded, and typographic quotes and apostrophes (which the serif's glyph may give as U+02BC) as typed ones. */
const fold = (s: string) => s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
/** The running footer's edition and date: `Edition 2 · 31 August 2025 · DRAFT`, or the date alone. */
const FOOTER_EDITION = String.raw`(?:Edition \d+ · )?\d{1,2} [A-Z][a-z]+ \d{4}(?: · DRAFT)?`;
/** A page's text without its running header and footer, which come first. */
const bodyText = (page: string) => page.replace(new RegExp(String.raw`^.*?Page \d+ of \d+(?:PUBLIC · SAMPLE)?${FOOTER_EDITION} `), '');

/**
 * The real CLI, built, on the real sample pack, printing with the real
 * Chromium: what a newcomer's first command does.
 */
describe('brief build kashmir-2025, end to end', () => {
  let work: string;
  let out: string;
  let stdout: string;
  let pdf: PdfContents;
  let titles: string[];
  let optionIds: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'brief-e2e-'));
    out = join(work, 'output');
    const env = { ...process.env, TMPDIR: work };
    ({ stdout } = await run(process.execPath, [join(REPO, 'dist', 'bin.js'), 'build', 'kashmir-2025', '--out', out], { cwd: REPO, env, timeout: 120_000 }));
    pdf = await readPdf(join(out, 'kashmir-2025', 'analyst.pdf'));
    const { project } = await validateRoot(REPO, [BUILT_IN_TEMPLATES]);
    const pack = project.packs.get('kashmir-2025')!;
    optionIds = pack.data.options;
    titles = optionIds.map((id) => project.options.get(id)!.data.title);
  }, 180_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes every audience of the pack: analyst and minister as HTML and PDF, handouts as PDF with the HTML it printed', () => {
    for (const file of ['analyst.html', 'analyst.pdf', 'minister.html', 'minister.pdf', 'handouts.html', 'handouts.pdf']) {
      expect(stdout).toContain(`wrote ${join(out, 'kashmir-2025', file)}`);
    }
    expect(readdirSync(join(out, 'kashmir-2025', 'handouts')).sort()).toEqual(optionIds.map((id) => `${id}.pdf`).sort());
  });

  it('keeps the minister brief to two pages, led by the decision sought and the bottom line', async () => {
    const minister = await readPdf(join(out, 'kashmir-2025', 'minister.pdf'));
    expect(minister.pages).toBeLessThanOrEqual(2);
    expect(minister.pageTexts[0]).toMatch(/The decision sought The two governments disagree[^]*Bottom line the authors' assessment None of the eleven options/);
  });

  it('prints each handout on exactly one page, tagged, with its own title, and all of them in handouts.pdf, tagged too', async () => {
    for (const [i, id] of optionIds.entries()) {
      const handout = await readPdf(join(out, 'kashmir-2025', 'handouts', `${id}.pdf`));
      expect(handout.pages, id).toBe(1);
      expect(fold(handout.pageTexts[0]!), id).toContain(titles[i]);
      expect(handout.tagged, id).toBe(true);
      expect(String(handout.info['Title']).startsWith(`${titles[i]}: `), id).toBe(true);
      expect(handout.outline[0], id).toBe(`${i + 1}. ${titles[i]}`);
    }
    const all = await readPdf(join(out, 'kashmir-2025', 'handouts.pdf'));
    expect(all.pages).toBe(optionIds.length);
    expect(all.tagged).toBe(true);
    expect(all.info['Language']).toBe('en-GB');
    expect(all.outline.filter((t) => /^\d+\. /.test(t))).toEqual(titles.map((title, i) => `${i + 1}. ${title}`));
  });

  it('writes a real PDF of a sensible length', () => {
    expect(readFileSync(join(out, 'kashmir-2025', 'analyst.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.pages).toBeGreaterThanOrEqual(2 + titles.length);
    expect(pdf.pages).toBeLessThanOrEqual(10 * titles.length + 6);
  });

  it('prints every option title, the pack title and the sources list', () => {
    const text = fold(pdf.pageTexts.join(' '));
    expect(titles.length).toBeGreaterThanOrEqual(2);
    for (const title of titles) expect(text).toContain(title);
    expect(text).toContain('Kashmir: options for diplomacy after the May 2025 ceasefire');
    expect(text).toMatch(/Sources Numbered in order of first citation/);
  });

  it('heads each option with its number and title', () => {
    titles.forEach((title, i) => {
      expect(pdf.pageTexts.map(bodyText).some((page) => page.includes(`${i + 1}. ${title} `)), title).toBe(true);
    });
  });

  it('runs a header with the classification and the chapter, and a footer with the page count and the date, on every page but the cover', () => {
    expect(pdf.pageTexts[0]).not.toMatch(/Page 1 of/);
    pdf.pageTexts.slice(1).forEach((page, i) => {
      // The classification at the head and again at the foot.
      expect(page).toMatch(new RegExp(`^PUBLIC · SAMPLE Page ${i + 2} of ${pdf.pages}PUBLIC · SAMPLEEdition 1 · 31 August 2025 `));
    });
    // The running head, drawn over the page after its text: the title on the contents page, then the chapter.
    expect(pdf.pageTexts[1]).toMatch(/\dKashmir: options for diplomacy after the May 2025 ceasefire$/);
    expect(pdf.pageTexts[2]).toMatch(/[^ ]Summary$/);
    expect(pdf.pageTexts.at(-1)).toMatch(/[^ ]Sources$/);
  });

  it('has bookmarks that read as the headings do', () => {
    expect(pdf.outline[0]).toBe('Kashmir: options for diplomacy after the May 2025 ceasefire');
    expect(pdf.outline).toEqual(expect.arrayContaining(['Contents', 'Context', 'The options compared', 'Sources']));
    titles.forEach((title, i) => expect(pdf.outline).toContain(`${i + 1}. ${title}`));
  });

  it('is a tagged PDF with its title set', () => {
    expect(pdf.tagged).toBe(true);
    expect(pdf.info['Title']).toBe('Kashmir: options for diplomacy after the May 2025 ceasefire');
  });

  it('has one bookmark for every heading, reading as the heading does', () => {
    const html = readFileSync(join(out, 'kashmir-2025', 'analyst.html'), 'utf8');
    const body = html.slice(html.indexOf('<body'));
    const headings = [...body.matchAll(/<h([1-6])([^>]*)>([^]*?)<\/h\1>/g)].map(([, , attributes, inner]) => {
      const bookmark = /data-bookmark="([^"]*)"/.exec(attributes!)?.[1];
      return textOf(bookmark ?? inner!);
    });
    expect(headings.length).toBeGreaterThan(50);
    expect(pdf.outline).toEqual(headings);
  });

  it('numbers the contents with the pages the headings actually print on', () => {
    const contentsPage = pdf.pageTexts.findIndex((page) => bodyText(page).startsWith('Contents '));
    expect(contentsPage).toBeGreaterThan(0);
    const contents = bodyText(pdf.pageTexts[contentsPage]!);
    const entries = ['Summary', 'The decision sought', 'Context', 'The options compared', 'The options over time', ...titles.map((t, i) => `${i + 1}. ${t}`), 'Proposals made by others', 'Sources'];
    // The summary and the sources start a page; the other chapters run on after the one before,
    // so each is looked for from the page of the one before it (the timeline figure names every option earlier).
    const leaders = ['Summary', 'Sources'];
    let from = contentsPage + 1;
    for (const entry of entries) {
      const shown = Number(new RegExp(`${entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(contents)?.[1]);
      const on = (page: string) => (leaders.includes(entry) ? bodyText(page).startsWith(`${entry} `) : bodyText(page).includes(`${entry} `));
      const actual = pdf.pageTexts.findIndex((page, i) => i >= from - 1 && on(page)) + 1;
      expect(shown, entry).toBe(actual);
      from = actual;
    }
  });

  it('is a final edition: no page says DRAFT', () => {
    expect(pdf.pageTexts.filter((page) => page.includes('DRAFT'))).toEqual([]);
  });

  it('sets the document properties from the pack', () => {
    expect(pdf.info).toMatchObject({
      Title: 'Kashmir: options for diplomacy after the May 2025 ceasefire',
      Author: 'options-brief sample content',
      Subject: 'Full brief for analysts. Past proposals for settling the dispute, with the case each party makes (edition 1 of 31 August 2025, final)',
      Creator: 'options-brief',
      CreationDate: 'D:20250831000000Z',
    });
    expect(pdf.info['Keywords']).toContain('Dixon plan; Bhutto–Swaran Singh talks');
  });

  it('links every source URL, and every citation to its entry in the sources list', () => {
    const html = readFileSync(join(out, 'kashmir-2025', 'analyst.html'), 'utf8');
    const cited = new Set([...html.matchAll(/href="#(source-\d+)"/g)].map((m) => m[1]));
    const listed = new Set([...html.matchAll(/<li id="(source-\d+)"/g)].map((m) => m[1]));
    expect([...cited].sort()).toEqual([...listed].sort());
    expect(pdf.links.some((l) => l.url === 'https://history.state.gov/historicaldocuments/frus1950v05/d802')).toBe(true);
    const internal = new Set(pdf.links.flatMap((l) => (l.dest ? [l.dest] : [])));
    for (const anchor of listed) expect(internal.has(anchor!), anchor).toBe(true);
  });

  it('draws the timeline as a vector figure whose text is in the PDF, numbered, titled and sourced, and described in words', () => {
    const html = readFileSync(join(out, 'kashmir-2025', 'analyst.html'), 'utf8');
    const label = /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[^"]+" width="100%" role="img" aria-label="([^"]+)"/.exec(html)?.[1] ?? '';
    // What it shows, not "timeline": each option's span and each key event.
    expect(label).toMatch(/^Timeline of the options, 1948 to 2025, a bar for each: 1\. UN resolutions, 1948 to 1957; 2\. Dixon plan, in 1950; /);
    expect(label).toContain('11. Indus Waters Treaty, from 1960, still open.');
    expect(label).toContain('(4) 10 May 2025: Ceasefire announced');
    const figurePage = fold(pdf.pageTexts.find((page) => page.includes('Key events of 2025')) ?? '');
    for (const text of ['Figure 1. When each option was pursued, 1948–2025, and the key events of 2025', '1. UN resolutions', '11. Indus Waters Treaty', '1950', '2020', 'Key events of 2025']) {
      expect(figurePage).toContain(text);
    }
    // The source line cites, as the brief cites, the sources of the dates: numbers that link to the list.
    expect(figurePage).toMatch(/Source: \[\d+(, \d+){5,}\]/);
  });

  it('writes HTML that needs nothing but itself', () => {
    const html = readFileSync(join(out, 'kashmir-2025', 'analyst.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|<iframe/i);
    expect(html).not.toMatch(/(?:src=|url\()\s*["']?(?:https?:|file:|\/\/)/i);
    expect(html).toMatch(/src: url\("data:font\/woff2;base64,/);
  });

  it('leaves no browser running', async () => {
    const { stdout: processes } = await run('ps', ['-eo', 'args']);
    expect(processes.split('\n').filter((line) => line.includes(work))).toEqual([]);
  });
});
