import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../src/templates/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { runCli } from '../helpers/cli.js';
import { REPO } from '../helpers/fixtures.js';
import { bodyTexts, pageFill, readLayout, textArea, type PrintedPage, type PrintedText } from '../helpers/pdf-layout.js';

/** The lines of a page's text area, top to bottom, each its runs left to right. */
function lines(texts: readonly PrintedText[]): string[] {
  const sorted = [...texts].sort((a, b) => a.baseline - b.baseline || a.left - b.left);
  const out: PrintedText[][] = [];
  for (const t of sorted) {
    const line = out.at(-1);
    if (line && Math.abs(line[0]!.baseline - t.baseline) < 2) line.push(t);
    else out.push([t]);
  }
  return out.map((line) => line.sort((a, b) => a.left - b.left).map((t) => t.text).join(' ').replace(/\s+/g, ' ').trim());
}

/**
 * The sample pack printed as its readers get it, read back page by page: what
 * a reviewer holding it to the standard of a published brief would measure.
 */
describe('the sample pack in print', () => {
  let work: string;
  let out: string;
  let analyst: PrintedPage[];
  let titles: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'brief-publication-'));
    out = join(work, 'output');
    const result = await runCli('--project', REPO, 'build', 'kashmir-2025', '--format', 'pdf', '--quiet', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    analyst = await readLayout(join(out, 'kashmir-2025', 'analyst.pdf'));
    const { project } = await validateRoot(REPO, [BUILT_IN_TEMPLATES]);
    titles = project.packs.get('kashmir-2025')!.data.options.map((id) => project.options.get(id)!.data.title);
  }, 240_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The analyst brief's text area: the base set's 20 mm head and 22 mm foot margins. */
  const body = (page: PrintedPage) => lines(bodyTexts(page, textArea(page, 20, 22)));

  it('leaves no page of the analyst brief under 40% full but the last of a part that ends where the next starts a page', () => {
    // The parts that start a page: the summary (after the contents), the options in detail, the sources.
    const leaders = ['Summary', `1. ${titles[0]}`, 'Sources'];
    const startsPart = (page: PrintedPage) => leaders.some((leader) => body(page)[0]?.startsWith(leader));
    expect(analyst.filter(startsPart)).toHaveLength(3);
    const short = analyst
      .map((page, i) => ({ page: i + 1, fill: Math.round(pageFill(page, textArea(page, 20, 22)) * 100) }))
      .filter(({ page }) => page > 2 && page < analyst.length && !startsPart(analyst[page]!))
      .filter(({ fill }) => fill < 40);
    expect(short).toEqual([]);
  });

  it('repeats a table\'s header rows on the page it runs on to', () => {
    const starts = analyst.map((page) => body(page)[0] ?? '');
    // A timeline row with no header above it would start a page with its date.
    expect(starts.filter((line) => /^\d{1,2} [A-Z][a-z]+ \d{4} /.test(line))).toEqual([]);
    expect(starts.filter((line) => /^(Date Event|Criterion Score Reason)$/.test(line)).length).toBeGreaterThan(0);
  });
});
