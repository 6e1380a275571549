import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFHexString, type PDFString } from 'pdf-lib';
import { loadPdf } from './load-pdf.js';

export interface PdfMeasure {
  pages: number;
  /**
   * Every bookmarked heading with the page (1-based) it starts on, in order, and how far down that page it starts:
   * a fraction of the page's height, 0 at its top edge (when the bookmark says; Chromium's do).
   */
  headings: { title: string; page: number; down?: number }[];
  /** The page of every element that the brief links to by id: `{ "option-dixon": 7 }`. */
  destinations: Record<string, number>;
}

/** How long a printed PDF is, and where its headings and link targets fall. */
export async function measurePdf(pdf: Uint8Array): Promise<PdfMeasure> {
  return measureDocument(await loadPdf(pdf));
}

/** How far down its page an `/XYZ left top zoom` destination points, as a fraction of the page's height. */
function downPage(doc: PDFDocument, page: number, dest: PDFArray): { down?: number } {
  const top = dest.lookup(3);
  if (!(dest.lookup(1) instanceof PDFName) || dest.lookup(1)!.toString() !== '/XYZ' || !(top instanceof PDFNumber)) return {};
  const { y, height } = doc.getPage(page - 1).getMediaBox();
  return { down: Math.min(1, Math.max(0, (y + height - top.asNumber()) / height)) };
}

/** The same for a PDF already loaded. */
export function measureDocument(doc: PDFDocument): PdfMeasure {
  const pageOf = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const pageIn = (dest: PDFArray | undefined) => {
    const target = dest?.get(0);
    return target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
  };
  const headings: PdfMeasure['headings'] = [];
  const walk = (parent: PDFDict) => {
    for (let node = parent.lookupMaybe(PDFName.of('First'), PDFDict); node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = (node.lookup(PDFName.of('Title')) as PDFString | PDFHexString).decodeText();
      const dest = node.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const page = pageIn(dest);
      if (page !== undefined) headings.push({ title, page, ...downPage(doc, page, dest!) });
      walk(node);
    }
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (root) walk(root);
  const destinations: Record<string, number> = {};
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const page = pageIn(doc.context.lookupMaybe(value, PDFArray));
    if (page !== undefined) destinations[name.decodeText()] = page;
  }
  return { pages: doc.getPageCount(), headings, destinations };
}
