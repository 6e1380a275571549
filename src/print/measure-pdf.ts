import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFString, type PDFHexString } from 'pdf-lib';

export interface PdfMeasure {
  pages: number;
  /** Every bookmarked heading with the page (1-based) it starts on, in order. */
  headings: { title: string; page: number }[];
}

/** How long a printed PDF is, and where its headings fall. */
export async function measurePdf(pdf: Uint8Array): Promise<PdfMeasure> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const headings: PdfMeasure['headings'] = [];
  const walk = (parent: PDFDict) => {
    for (let node = parent.lookupMaybe(PDFName.of('First'), PDFDict); node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = (node.lookup(PDFName.of('Title')) as PDFString | PDFHexString).decodeText();
      const dest = node.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const target = dest?.get(0);
      const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
      if (page !== undefined) headings.push({ title, page });
      walk(node);
    }
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (root) walk(root);
  return { pages: doc.getPageCount(), headings };
}
