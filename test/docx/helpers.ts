import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx, read with fflate: styles, fields, bookmarks and properties, as Word would find them. */
export function docxParts(path: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.fromEntries(Object.entries(files).filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, data]) => [name, strFromU8(data)]));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The visible text of a WordprocessingML part, paragraph by paragraph, tabs as `\t`. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([^]*?)<\/w:p>/g)].map((p) =>
    [...p[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((t) => (t[1] === undefined ? '\t' : t[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!)))
      .join(''),
  );
}
