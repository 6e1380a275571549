import { PDFDocument } from 'pdf-lib';

/** A PDF parsed in one go (not spread over ticks), its metadata left as it is. */
export const loadPdf = (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
