import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { templateDirs } from '../../src/templates/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { REPO } from '../helpers/fixtures.js';
import { docxParts, paragraphTexts } from './helpers.js';

/** The repository's sample pack, built as Word files only, once for every test here. */
let out: string;
let files: string[];
const pack = () => join(out, 'kashmir-2025');

beforeAll(async () => {
  // Kept for every test of the file (tempDir's are removed after each test).
  out = mkdtempSync(join(tmpdir(), 'brief-docx-'));
  files = (await build({ root: REPO, formats: ['docx'], out })).written.map((f) => f.slice(out.length + 1)).sort();
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const html = async (name: string) => (await mammoth.convertToHtml({ path: join(pack(), name) })).value;

describe('brief build --format docx', () => {
  it('writes analyst.docx, minister.docx, one .docx per handout and handouts.docx, and nothing else', async () => {
    const { options } = await sampleOptions();
    expect(files.filter((f) => f.startsWith('kashmir-2025/'))).toEqual(
      ['kashmir-2025/analyst.docx', 'kashmir-2025/handouts.docx', 'kashmir-2025/minister.docx', ...options.map((id) => `kashmir-2025/handouts/${id}.docx`)].sort(),
    );
  });

  it('gives the analyst brief Word headings in order: chapters as Heading 1, sections as Heading 2, positions as Heading 3', async () => {
    const { titles, parties } = await sampleOptions();
    const doc = await html('analyst.docx');
    const h1 = [...doc.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    const { pack } = await sampleOptions();
    expect(h1).toEqual([
      'Summary',
      ...(pack.decision ? ['The decision sought'] : []),
      'Context',
      'The options compared',
      'The options over time',
      ...titles.map((t, i) => `${i + 1}. ${t}`),
      ...(pack.recommendations ? ['Recommendations'] : []),
      ...(pack.external_proposals.length > 0 ? ['Proposals made by others'] : []),
      'Sources',
    ]);
    const h2 = [...doc.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(h2.filter((h) => h === 'Key provisions')).toHaveLength(titles.length);
    expect(h2.filter((h) => h === 'Assessment')).toHaveLength(titles.length);
    const h3 = [...doc.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1]!);
    for (const party of parties) expect(h3.some((h) => h.startsWith(`${party}: `))).toBe(true);
  });

  it('writes the comparison matrix as a Word table with a repeating header row, its scores as text and shading', async () => {
    const { options } = await sampleOptions();
    const doc = docxParts(join(pack(), 'analyst.docx'))['word/document.xml']!;
    const tables = [...doc.matchAll(/<w:tbl>([^]*?)<\/w:tbl>/g)].map((m) => m[1]!);
    const matrix = tables.find((t) => paragraphTexts(t).includes('Acceptable to Pakistan'))!;
    expect(matrix).toBeDefined();
    const rows = [...matrix.matchAll(/<w:tr\b[^>]*>([^]*?)<\/w:tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(options.length + 1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    const { yaml } = await sampleOptions();
    // Each row's scores, in the pack's criteria order, as the option files give them.
    rows.slice(1).forEach((row, i) => {
      const cells = [...row.matchAll(/<w:tc>([^]*?)<\/w:tc>/g)].map((m) => paragraphTexts(m[1]!).join(''));
      const expected = yaml.criteria.map((c) => String(yaml.options[i]!.assessment[c]?.score ?? '–'));
      expect(cells.slice(2)).toEqual(expected);
    });
    expect(matrix).toMatch(/<w:shd [^>]*w:fill="3D3D3D"/);
  });

  it('numbers citations as the PDF does, each linked to a bookmarked entry of the sources list', () => {
    const doc = docxParts(join(pack(), 'analyst.docx'))['word/document.xml']!;
    const anchors = new Set([...doc.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]!));
    const bookmarks = new Set([...doc.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]!));
    const citations = [...anchors].filter((a) => a.startsWith('src_'));
    expect(citations.length).toBeGreaterThan(20);
    for (const anchor of citations) expect(bookmarks).toContain(anchor);
    const entries = paragraphTexts(doc).filter((p) => /^\d+\.\t/.test(p));
    expect(entries.map((e) => Number(e.split('.')[0]))).toEqual(entries.map((_, i) => i + 1));
    expect(entries.length).toBe(citations.length);
  });

  it('has every party position of every option in the analyst text, and the minister brief each option with its case for and against', async () => {
    const { positions, shortTitles } = await sampleOptions();
    const analyst = (await mammoth.extractRawText({ path: join(pack(), 'analyst.docx') })).value.replace(/\s+/g, ' ');
    for (const text of positions) expect(analyst).toContain(text.slice(0, 60));
    const minister = (await mammoth.extractRawText({ path: join(pack(), 'minister.docx') })).value;
    for (const [i, title] of shortTitles.entries()) expect(minister).toContain(`${i + 1}. ${title}`);
    expect(minister.match(/^For: /gm)).toHaveLength(shortTitles.length);
    expect(minister.match(/^Against: /gm)).toHaveLength(shortTitles.length);
  });

  it('puts the classification and title in the header, "Page N of M" as fields in the footer, and none on the cover', async () => {
    const { classification } = await sampleOptions();
    const parts = docxParts(join(pack(), 'analyst.docx'));
    const headers = Object.keys(parts).filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => paragraphTexts(parts[n]!).join(''));
    expect(headers).toContain(`${classification}\tKashmir: options for diplomacy after the May 2025 ceasefire`);
    const footers = Object.keys(parts).filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => parts[n]!);
    expect(footers.some((f) => />PAGE</.test(f) && />NUMPAGES</.test(f))).toBe(true);
    expect(parts['word/document.xml']).toContain('<w:titlePg/>');
  });

  it('has a TOC field Word updates on open, and the pack in the document properties and language', async () => {
    const parts = docxParts(join(pack(), 'analyst.docx'));
    expect(parts['word/document.xml']).toMatch(/TOC \\h \\o &quot;1-1&quot;/);
    expect(parts['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
    const core = parts['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Kashmir: options for diplomacy after the May 2025 ceasefire</dc:title>');
    expect(core).toContain('<dc:creator>options-brief sample content</dc:creator>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toContain(`>${(await sampleOptions()).pack.date}T00:00:00Z</dcterms:created>`);
    expect(parts['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB"\/><\/w:rPr>/);
  });

  it('embeds the timeline as SVG with a PNG fallback, numbered and titled above, its source line below, described in words', () => {
    const parts = docxParts(join(pack(), 'analyst.docx'));
    const rels = parts['word/_rels/document.xml.rels']!;
    expect(rels).toMatch(/media\/\w+\.svg/);
    expect(rels).toMatch(/media\/\w+\.png/);
    const doc = parts['word/document.xml']!;
    const texts = paragraphTexts(doc);
    const title = texts.indexOf('Figure 1. When each option was pursued, 1948–2025, and the key events of 2025');
    expect(title).toBeGreaterThan(0);
    expect(texts.slice(title, title + 4).find((p) => p.startsWith('Source: '))).toMatch(/^Source: \[\d+(, \d+){5,}\]$/);
    expect(/<wp:docPr [^>]*descr="([^"]*)"/.exec(doc)?.[1]).toMatch(/^Timeline of the options, 1948 to 2025, a bar for each: 1\. UN resolutions, 1948 to 1957; /);
  });

  it('joins the handouts in one file, each option a section of its own with its own sources', async () => {
    const { titles } = await sampleOptions();
    const doc = docxParts(join(pack(), 'handouts.docx'))['word/document.xml']!;
    expect(doc.match(/<w:sectPr\b/g)).toHaveLength(titles.length);
    const text = paragraphTexts(doc);
    for (const title of titles) expect(text).toContain(title);
    expect(existsSync(join(pack(), 'handouts', 'owen-dixon-plan.docx'))).toBe(true);
  });
});

/** The sample pack's options, parties and classification, read from its files, not from the build. */
async function sampleOptions() {
  const { project } = await validateRoot(REPO, templateDirs(REPO));
  const pack = project.packs.get('kashmir-2025')!.data;
  const options = pack.options.map((id) => project.options.get(id)!.data);
  return {
    options: pack.options,
    titles: options.map((o) => o.title),
    shortTitles: options.map((o) => o.short_title ?? o.title),
    parties: pack.parties.map((p) => p.label),
    positions: options.flatMap((o) => Object.values(o.positions).map((p) => p.text.replace(/\s*\[@[^\]]+\]/g, '').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim())),
    classification: pack.classification ?? '',
    pack,
    yaml: { criteria: pack.criteria.map((c) => c.id), options },
  };
}
