import { PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';
import { outlineEntries } from './outline-entries.js';
import { measureDocument, type PdfMeasure } from './measure-pdf.js';
import type { PdfMetadata } from '../model/brief-metadata.js';
import { setXmpMetadata } from './xmp-metadata.js';

/**
 * Chromium builds the PDF outline from the headings, but garbles some titles:
 * text repeated when a heading is laid out twice across a page break, and no
 * space where a heading wraps. Its entries and destinations are right, so only
 * the titles are rewritten, from the headings' text in the page; when the two
 * lists do not line up, the outline is left as it is and false is returned.
 */
function fixOutlineTitles(doc: PDFDocument, headings: readonly string[]): boolean {
  const entries = outlineEntries(doc);
  if (entries.length !== headings.length) return false;
  entries.forEach((entry, i) => entry.set(PDFName.of('Title'), PDFHexString.fromText(headings[i]!)));
  return true;
}

/** Sets a PDF's document properties, in its Info dictionary and as XMP, and its language. */
export function setMetadata(doc: PDFDocument, meta: PdfMetadata): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords([meta.keywords.join('; ')]);
  doc.setCreator('options-brief');
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  if (meta.lang) doc.setLanguage(meta.lang);
  setXmpMetadata(doc, meta);
}

export interface FinishedPdf {
  pdf: Uint8Array;
  outlineFixed: boolean;
  measure: PdfMeasure;
  /** The finished PDF as loaded, to cut parts from. */
  doc: PDFDocument;
}

/** What is added to a finished PDF before it is saved, knowing where its headings fell (only when its bookmarks matched them). */
export type Decorate = (doc: PDFDocument, measure: PdfMeasure) => Promise<void>;

/**
 * The PDF as Chromium printed it (parsed), with readable bookmarks and its
 * document properties set, and its measure; `decorate` adds to its pages, if given.
 */
export async function finishPdf(doc: PDFDocument, headings: readonly string[], meta: PdfMetadata, decorate?: Decorate): Promise<FinishedPdf> {
  const outlineFixed = fixOutlineTitles(doc, headings);
  setMetadata(doc, meta);
  const measure = measureDocument(doc);
  if (decorate && outlineFixed) await decorate(doc, measure);
  return { pdf: await doc.save({ objectsPerTick: Infinity }), outlineFixed, measure, doc };
}
