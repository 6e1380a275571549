import type { PrintedPage, PrintedText, TextArea } from './pdf-layout.js';
import { baselineRows, bodyTexts } from './pdf-layout.js';

/** A printed line: its runs left to right, its text, size and extent. */
export interface PrintedLine {
  text: string;
  size: number;
  left: number;
  right: number;
}

/**
 * The page's lines, as a reader's eye runs along them: runs on one baseline,
 * split where a gap wider than two ems parts them (the columns of a
 * two-column block are two lines, not one).
 */
export function printedLines(texts: readonly PrintedText[]): PrintedLine[] {
  return baselineRows(texts).flatMap((runs) => {
    const lines: PrintedText[][] = [];
    for (const run of runs) {
      const line = lines.at(-1);
      if (line && run.left - line.at(-1)!.right < 2 * run.size) line.push(run);
      else lines.push([run]);
    }
    return lines.map((line) => ({
      text: line.map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim(),
      size: Math.max(...line.map((r) => r.size)),
      left: line[0]!.left,
      right: line.at(-1)!.right,
    }));
  });
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * The measure of a brief's body prose: the median number of characters (spaces
 * included) of its full lines. Body prose is the text in the size most of the
 * pages' characters are set in; a full line is one that reaches at least 85%
 * of the widest line of its column, so the short last line of a paragraph does
 * not count. What typographers mean by "characters a line".
 */
export function proseMeasure(pages: readonly PrintedPage[], area: (page: PrintedPage) => TextArea): number {
  const lines = pages.flatMap((page) => printedLines(bodyTexts(page, area(page))));
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(Math.round(line.size * 10), (chars.get(Math.round(line.size * 10)) ?? 0) + line.text.length);
  const body = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const prose = lines.filter((line) => Math.round(line.size * 10) === body);
  // Columns by their left edge (to the nearest 10 pt): each measured against its own widest line.
  const widest = new Map<number, number>();
  for (const line of prose) widest.set(Math.round(line.left / 10), Math.max(widest.get(Math.round(line.left / 10)) ?? 0, line.right - line.left));
  const full = prose.filter((line) => line.right - line.left >= 0.85 * widest.get(Math.round(line.left / 10))!);
  return median(full.map((line) => line.text.length));
}
