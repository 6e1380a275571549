import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { edit } from '../helpers/git-project.js';
import { VALID_PROJECT } from '../helpers/fixtures.js';
import { docxParts, paragraphTexts } from './helpers.js';

/** The fixture project built as Word files only (analyst and a handout set), as edition `edition` with `status`. */
async function buildEdition(status: 'draft' | 'final', edition?: number) {
  // Kept for every test of the file (projectCopy's are removed after each test).
  const dir = mkdtempSync(join(tmpdir(), 'brief-docx-edition-'));
  made.push(dir);
  cpSync(VALID_PROJECT, dir, { recursive: true });
  edit(dir, 'options/packs/sample.yaml', ['date: 2025-06-01', `date: 2025-06-01\nstatus: ${status}${edition === undefined ? '' : `\nedition: ${edition}`}`]);
  await build({ root: dir, formats: ['docx'], out: join(dir, 'output') });
  return join(dir, 'output', 'sample');
}
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// Each edition built once for the tests that read it.
const built = new Map<string, Promise<string>>();
const builtEdition = (status: 'draft' | 'final', edition?: number) => {
  const key = `${status}${edition ?? ''}`;
  if (!built.has(key)) built.set(key, buildEdition(status, edition));
  return built.get(key)!;
};

const headers = (parts: Record<string, string>) => Object.keys(parts).filter((n) => /^word\/header\d+\.xml$/.test(n));
const footers = (parts: Record<string, string>) => Object.keys(parts).filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => paragraphTexts(parts[n]!).join(''));

describe('a draft in Word', () => {
  it('has the DRAFT watermark in every header, the cover first page included, and DRAFT in its footer', async () => {
    const parts = docxParts(join(await builtEdition('draft', 2), 'analyst.docx'));
    const names = headers(parts);
    // The cover's own (empty) header and the running one: both carry the watermark, so every page does.
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) {
      expect(parts[name]).toMatch(/<v:shape id="PowerPlusWaterMarkObject\d+"[^>]*type="#_x0000_t136"/);
      expect(parts[name]).toContain('string="DRAFT"');
    }
    expect(parts['word/document.xml']).toContain('<w:titlePg/>');
    expect(footers(parts)).toContain('Edition 2 · June 1, 2025 · DRAFT\tPage  of ');
  });

  it('says Draft in the document properties: status, title, keywords and a custom property', async () => {
    const parts = docxParts(join(await builtEdition('draft', 2), 'analyst.docx'));
    const core = parts['docProps/core.xml']!;
    expect(core).toContain('<cp:contentStatus>Draft</cp:contentStatus>');
    expect(core).toContain('<dc:title>DRAFT: A sample pack</dc:title>');
    expect(core).toMatch(/<cp:keywords>DRAFT\b/);
    expect(core).toContain('edition 2 of June 1, 2025, draft');
    const custom = parts['docProps/custom.xml']!;
    expect(custom).toMatch(/name="Status"[^>]*><vt:lpwstr>draft<\/vt:lpwstr>/);
    expect(custom).toMatch(/name="Edition"[^>]*><vt:lpwstr>2<\/vt:lpwstr>/);
  });

  it('says on the cover which edition it is and that it is not for circulation', async () => {
    const text = (await mammoth.extractRawText({ path: join(await builtEdition('draft', 2), 'analyst.docx') })).value;
    expect(text).toContain('Edition: 2');
    expect(text).toContain('Status: Draft: not for circulation');
  });
});

describe('a final edition in Word', () => {
  it('has no watermark, its edition and date in the footer, and Final in its properties', async () => {
    const parts = docxParts(join(await builtEdition('final', 3), 'analyst.docx'));
    for (const name of headers(parts)) expect(parts[name]).not.toContain('WaterMark');
    expect(footers(parts)).toContain('Edition 3 · June 1, 2025\tPage  of ');
    expect(parts['docProps/core.xml']).toContain('<cp:contentStatus>Final</cp:contentStatus>');
    expect(parts['docProps/core.xml']).toContain('<dc:title>A sample pack</dc:title>');
  });

  it('gives the date alone when the pack has no edition number', async () => {
    const parts = docxParts(join(await builtEdition('final'), 'analyst.docx'));
    expect(footers(parts)).toContain('June 1, 2025\tPage  of ');
    expect(parts['docProps/custom.xml']).not.toMatch(/name="Edition"/);
    expect(parts['docProps/custom.xml']).toMatch(/name="Edition date"[^>]*><vt:lpwstr>2025-06-01<\/vt:lpwstr>/);
  });
});
