import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  PDFRawStream,
  endMarkedContent,
  popGraphicsState,
  pushGraphicsState,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';
import { loadPdf } from './load-pdf.js';

/** What a page draws: its content streams' bytes, as stored, and the resources they name. */
function pageKey(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const hash = createHash('sha256');
  for (const stream of streams) hash.update(stream instanceof PDFRawStream ? stream.contents : String(stream));
  return hash.update(String(page.node.Resources())).digest('base64');
}

/** The marked-content properties of a running head: a page header, not part of the content (PDF 32000-1, 14.8.2.2). */
const ARTIFACT = '<< /Type /Pagination /Subtype /Header >>';

/**
 * Draws each page of `overlay` (a print of the running heads alone, one page
 * per page of `doc`) over the same page of `doc`, where `heads` says the page
 * has one. Each is drawn as a pagination artifact, outside the tag tree: the
 * PDF stays tagged as Chromium wrote it, a screen reader skips the head as it
 * does a printed header, and text extraction still reads it.
 */
export async function stampRunningHeads(doc: PDFDocument, overlay: Uint8Array, heads: readonly (string | undefined)[]): Promise<void> {
  const source = await loadPdf(overlay);
  const pages = doc.getPages();
  const wanted = heads.flatMap((head, i) => (head !== undefined && i < pages.length && i < source.getPageCount() ? [i] : []));
  // Pages of one chapter print the same head: each distinct page is embedded once and drawn on all of them.
  const keys = wanted.map((i) => pageKey(source.getPage(i)));
  const distinct = [...new Set(keys)];
  const embedded = await doc.embedPages(distinct.map((key) => source.getPage(wanted[keys.indexOf(key)]!)));
  wanted.forEach((i, k) => {
    const page = pages[i]!;
    const { width, height } = page.getSize();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), ARTIFACT]), pushGraphicsState());
    page.drawPage(embedded[distinct.indexOf(keys[k]!)]!, { x: 0, y: 0, width, height });
    page.pushOperators(popGraphicsState(), endMarkedContent());
  });
}
