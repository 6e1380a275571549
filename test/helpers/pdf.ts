import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfContents {
  pages: number;
  /** Text of each page, with runs of white space folded to one space. */
  pageTexts: string[];
  /** Titles in the bookmarks, depth first. */
  outline: string[];
  info: Record<string, unknown>;
  tagged: boolean;
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

const flatten = (nodes: OutlineNode[] | null): string[] => (nodes ?? []).flatMap((n) => [n.title, ...flatten(n.items)]);

/** Reads a PDF back: what a reader would see and navigate by. */
export async function readPdf(path: string): Promise<PdfContents> {
  const data = new Uint8Array(await readFile(path));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pageTexts: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pageTexts.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
    const { info } = await doc.getMetadata();
    const markInfo = await doc.getMarkInfo();
    return { pages: doc.numPages, pageTexts, outline: flatten((await doc.getOutline()) as OutlineNode[] | null), info: info as Record<string, unknown>, tagged: !!markInfo?.Marked };
  } finally {
    await doc.destroy();
  }
}
