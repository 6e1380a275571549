import { readFile, stat } from 'node:fs/promises';

/** Larger files are not worth reading for a guess. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Where each linked element printed in the PDF an earlier build left at
 * `path`: the first guess at a brief's page numbers, as most edits move no
 * chapter to another page. Only a guess: the new print is always checked.
 * Nothing when there is no such file or it cannot be read as a PDF.
 */
export async function previousPages(path: string): Promise<Record<string, number> | undefined> {
  try {
    if ((await stat(path)).size > MAX_BYTES) return undefined;
    // pdf-lib, loaded here rather than with the print stage, while the browser loads the brief.
    const { measurePdf } = await import('./measure-pdf.js');
    const pages = (await measurePdf(await readFile(path))).destinations;
    return Object.keys(pages).length > 0 ? pages : undefined;
  } catch {
    return undefined;
  }
}
