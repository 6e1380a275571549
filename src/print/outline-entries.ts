import { PDFDict, PDFName, type PDFDocument } from 'pdf-lib';

/** Outline entries in document order: the order Chromium writes them, one per heading. */
export function outlineEntries(doc: PDFDocument): PDFDict[] {
  const entries: PDFDict[] = [];
  const walk = (parent: PDFDict) => {
    for (let node = parent.lookupMaybe(PDFName.of('First'), PDFDict); node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      entries.push(node);
      walk(node);
    }
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (root) walk(root);
  return entries;
}
