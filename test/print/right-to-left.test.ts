import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, projectCopy } from '../helpers/fixtures.js';
import { runCli } from '../helpers/cli.js';
import { mm, readLayout } from '../helpers/pdf-layout.js';

describe('a right-to-left brief in print', () => {
  it('mirrors headings, tables and page furniture, names the chapter of each page in its running head, and prints no letter of its tall script outside its page', async () => {
    const project = projectCopy(join(FIXTURES, 'languages', 'ur'));
    const out = join(project, 'output');
    const result = await runCli('--project', project, 'build', '--audience', 'analyst', '--format', 'pdf', '--quiet', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    const pages = await readLayout(join(out, 'sample', 'analyst.pdf'));
    expect(pages.length).toBeGreaterThan(4);
    // The base set's margins: 20 mm at the head, 22 mm at the foot, 18 mm at each side.
    const [top, bottom, side] = [mm(20), mm(22), mm(18)];
    pages.slice(1).forEach((page, i) => {
      const body = page.texts.filter((t) => t.baseline > top && t.baseline < page.height - bottom);
      const margins = page.texts.filter((t) => !body.includes(t));
      // Only the running head and foot, at 8 pt, are in the margins: a heading's letters climbing out of the page above would be larger.
      expect(margins.filter((t) => t.size > 8.5).map((t) => `${t.text} ${t.size}pt`), `page ${i + 2}`).toEqual([]);
      // The page number ("… 3 از 8") at the foot's start, which is on the left.
      const foot = margins.filter((t) => t.baseline > page.height - bottom);
      const number = foot.find((t) => t.text.trim() === String(pages.length));
      expect(number && number.right < page.width / 2, `page ${i + 2}: ${foot.map((t) => t.text).join(' ')}`).toBe(true);
      // The page's heading (its largest type) ends at the right margin, or within a box's padding of it. Nastaliq sets each word on a slope, so its line is what lies within a font size of it.
      const heading = body.reduce((a, b) => (b.size > a.size ? b : a));
      const headingLine = body.filter((t) => t.size === heading.size && Math.abs(t.baseline - heading.baseline) < heading.size);
      const end = Math.max(...headingLine.map((t) => t.right));
      expect(end, `page ${i + 2}`).toBeLessThan(page.width - side + 1);
      expect(end, `page ${i + 2}`).toBeGreaterThan(page.width - side - 12);
    });
    // The running head, at the head's end (the left), names the page's chapter in Urdu: the summary's, and the sources' on the last page.
    // Read by poppler (pdf.js maps some of its Nastaliq glyphs to nothing), from the head's left half.
    const file = join(out, 'sample', 'analyst.pdf');
    const heads = pages.map((page, i) => {
      const band = ['-f', String(i + 1), '-l', String(i + 1), '-x', '0', '-y', '0', '-W', String(Math.floor(page.width / 2)), '-H', String(Math.floor(top))];
      return execFileSync('pdftotext', [...band, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\s\f\u200e\u200f\u202a-\u202e]/g, '');
    });
    expect(heads[0]).toBe('');
    expect(heads).toContain('خلاصہ');
    expect(heads.at(-1)).toBe('ماخذ');
  }, 120_000);
});
