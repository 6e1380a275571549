import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import type { PdfMetadata } from '../model/brief-metadata.js';
import { setMetadata } from './finish-pdf.js';
import { loadPdf } from './load-pdf.js';

export interface PdfPart {
  /** The bookmark that leads to the part's first page. */
  title: string;
  pdf: Uint8Array;
}

/** One PDF made of several, each part's first page bookmarked with its title, with the document properties given. */
export async function mergePdfs(parts: readonly PdfPart[], meta: PdfMetadata): Promise<Uint8Array> {
  const merged = await PDFDocument.create();
  setMetadata(merged, meta);
  const firsts: PDFRef[] = [];
  for (const part of parts) {
    const source = await loadPdf(part.pdf);
    const pages = await merged.copyPages(source, source.getPageIndices());
    pages.forEach((page) => merged.addPage(page));
    firsts.push(pages[0]!.ref);
  }
  addFlatOutline(merged, parts.map((p, i) => ({ title: p.title, page: firsts[i]! })));
  return merged.save({ objectsPerTick: Infinity });
}

/** A one-level outline: pdf-lib has no API for one, so the dictionaries are written directly. */
function addFlatOutline(doc: PDFDocument, entries: { title: string; page: PDFRef }[]): void {
  if (entries.length === 0) return;
  const root = doc.context.nextRef();
  const refs = entries.map(() => doc.context.nextRef());
  entries.forEach((entry, i) => {
    const item = doc.context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: root,
      Dest: [entry.page, PDFName.of('Fit')],
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    doc.context.assign(refs[i]!, item);
  });
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: PDFNumber.of(entries.length) }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
