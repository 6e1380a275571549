import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text as printed: its box in points from the page's top-left corner, and its font size. */
export interface PrintedText {
  text: string;
  left: number;
  right: number;
  /** The baseline, from the top of the page. */
  baseline: number;
  /** The font size in points (the text's scale on the page). */
  size: number;
}

export interface PrintedPage {
  width: number;
  height: number;
  texts: PrintedText[];
}

/** Where every run of text lies on each page of a PDF, as pdf.js reads it: what page fill, furniture and type sizes are measured on. */
export async function readLayout(from: string | Uint8Array): Promise<PrintedPage[]> {
  const data = typeof from === 'string' ? new Uint8Array(await readFile(from)) : new Uint8Array(from);
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PrintedPage[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const [, , width, height] = page.view as [number, number, number, number];
      const texts: PrintedText[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , e, f] = item.transform as number[];
        const size = Math.hypot(a!, b!);
        texts.push({ text: item.str, left: e!, right: e! + item.width, baseline: height - f!, size });
      }
      pages.push({ width, height, texts });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Millimetres as points. */
export const mm = (value: number) => (value * 72) / 25.4;

/** The page's text area, in points from the top of the page: what lies outside it is page furniture. */
export interface TextArea {
  top: number;
  bottom: number;
}

/** The text area of pages with `top` and `bottom` margins (in mm). */
export const textArea = (page: PrintedPage, top: number, bottom: number): TextArea => ({ top: mm(top), bottom: page.height - mm(bottom) });

/** The text inside the text area: the page without its running head and foot. */
/** Runs of text grouped by baseline (within 2 pt), top to bottom, each row's runs left to right. */
export function baselineRows(texts: readonly PrintedText[]): PrintedText[][] {
  const sorted = [...texts].sort((a, b) => a.baseline - b.baseline || a.left - b.left);
  const rows: PrintedText[][] = [];
  for (const t of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.baseline - t.baseline) < 2) row.push(t);
    else rows.push([t]);
  }
  return rows.map((row) => row.sort((a, b) => a.left - b.left));
}

export const bodyTexts = (page: PrintedPage, area: TextArea) => page.texts.filter((t) => t.baseline > area.top && t.baseline < area.bottom + 1);

/**
 * How full a page is: from the top of its text area to the foot of its last
 * line (its baseline and a descender below), as a share of the text area's
 * height. 0 for a page with no text in it.
 */
export function pageFill(page: PrintedPage, area: TextArea): number {
  const texts = bodyTexts(page, area);
  if (texts.length === 0) return 0;
  const foot = Math.max(...texts.map((t) => t.baseline + 0.25 * t.size));
  return Math.min(1, (foot - area.top) / (area.bottom - area.top));
}
