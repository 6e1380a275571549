import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { InputError, problem } from '../core/errors.js';
import { shownPath } from '../core/layout.js';
import type { TemplateSet } from '../templates/template-set.js';

/** The file a template set gives to take a ministry's Word styles from, as Pandoc's `--reference-doc`. */
export const REFERENCE_DOCX = 'reference.docx';

export interface ReferenceStyles {
  /** `word/styles.xml` of the reference document. */
  xml: string;
  /** The style ids it defines: the writer's own styles give way to these. */
  ids: Set<string>;
}

/**
 * The styles of `reference.docx` in the set's folder, if it has one: its
 * fonts, colours, headings and lists replace the built-in look. Anything
 * other than a Word file is refused with what to do.
 */
export async function referenceStyles(set: TemplateSet): Promise<ReferenceStyles | undefined> {
  const path = join(set.dir, REFERENCE_DOCX);
  if (!existsSync(path)) return undefined;
  let xml: string | undefined;
  try {
    const styles = unzipSync(await readFile(path), { filter: (f) => f.name === 'word/styles.xml' })['word/styles.xml'];
    xml = styles ? new TextDecoder().decode(styles) : undefined;
  } catch {
    xml = undefined;
  }
  if (!xml || !xml.includes('<w:styles')) {
    throw new InputError([problem(shownPath(path), 'is not a Word document with styles: save a document whose styles you want from Word as .docx (Word Document), or remove the file')]);
  }
  const ids = new Set([...xml.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]!));
  if (/<w:docDefaults\b/.test(xml)) ids.add('docDefaults');
  return { xml, ids };
}
