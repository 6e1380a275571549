import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';

/** Outline entries in document order: the order Chromium writes them, one per heading. */
function outlineEntries(doc: PDFDocument): PDFDict[] {
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

/**
 * Chromium builds the PDF outline from the headings, but garbles some titles:
 * text repeated when a heading is laid out twice across a page break, and
 * no space where a heading wraps. Its entries and destinations are right, so
 * this rewrites only the titles, from the headings' text in the page. Returns
 * undefined, leaving the PDF as printed, when the two lists do not line up.
 */
export async function fixOutlineTitles(pdf: Uint8Array, headings: readonly string[]): Promise<Uint8Array | undefined> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const entries = outlineEntries(doc);
  if (entries.length !== headings.length) return undefined;
  entries.forEach((entry, i) => entry.set(PDFName.of('Title'), PDFHexString.fromText(headings[i]!)));
  return doc.save();
}
