import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfLink {
  page: number;
  /** For a link out of the document. */
  url?: string;
  /** For a link within it: its named destination. */
  dest?: string;
}

export interface PdfContents {
  pages: number;
  /** Text of each page, with runs of white space folded to one space, and typographic quotes as typed ones (U+02BC too: the serif's apostrophe glyph may map to it). */
  pageTexts: string[];
  /** Titles in the bookmarks, depth first. */
  outline: string[];
  info: Record<string, unknown>;
  tagged: boolean;
  links: PdfLink[];
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

const flatten = (nodes: OutlineNode[] | null): string[] => (nodes ?? []).flatMap((n) => [n.title, ...flatten(n.items)]);

/** Reads a PDF back, from a file or from memory: what a reader would see and navigate by. */
export async function readPdf(from: string | Uint8Array): Promise<PdfContents> {
  const data = typeof from === 'string' ? new Uint8Array(await readFile(from)) : new Uint8Array(from);
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pageTexts: string[] = [];
    const links: PdfLink[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      for (const a of (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[]) {
        if (a.subtype === 'Link') links.push({ page: i, url: a.url, dest: typeof a.dest === 'string' ? a.dest : undefined });
      }
      const content = await page.getTextContent();
      pageTexts.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
          .join('')
          .replace(/[\u2018\u2019\u02bc]/g, "'")
          .replace(/[\u201c\u201d]/g, '"')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
    const { info } = await doc.getMetadata();
    const markInfo = await doc.getMarkInfo();
    const outline = flatten((await doc.getOutline()) as OutlineNode[] | null).map((t) => t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'));
    return { pages: doc.numPages, pageTexts, outline, info: info as Record<string, unknown>, tagged: !!markInfo?.Marked, links };
  } finally {
    await doc.destroy();
  }
}
