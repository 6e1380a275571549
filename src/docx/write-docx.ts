import { Document, Footer, Header, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { PdfMetadata } from '../model/brief-metadata.js';
import type { Look } from './look.js';
import type { Block } from './markdown.js';
import type { PageGeometry } from './page.js';
import type { ReferenceStyles } from './reference-doc.js';
import { watermarkHeaders, type EditionMark } from './edition.js';
import { rightToLeft, type WordScript } from './script.js';
import { briefNumbering, briefStyles } from './styles.js';

export interface DocxFile {
  /** One section per part, each starting on a new page: one for a brief, one per option for joined handouts. */
  sections: Block[][];
  /** The first page is a cover, with no header or footer. */
  cover: boolean;
  furniture: { header: Header; footer: Footer };
  page: PageGeometry;
  look: Look;
  lang: string;
  /** The language's direction and complex-script font. */
  script: WordScript;
  metadata: PdfMetadata;
  /** Which edition the file is: its footer, its properties and, on a draft, the watermark of every page. */
  edition: EditionMark;
  reference?: ReferenceStyles;
}

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/**
 * What the `docx` package writes with the time of the build, set from the
 * pack instead, so that rebuilding gives the same file: the core
 * properties' dates, and the language there and in the document defaults.
 */
function settle(files: Record<string, Uint8Array>, lang: string, script: WordScript, date: Date, status: string): void {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    let xml = strFromU8(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${iso}`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${iso}`)
      .replace(/<dc:language>[^<]*<\/dc:language>/, '')
      .replace(/<cp:contentStatus>[^<]*<\/cp:contentStatus>/, '');
    // Word shows the status under File > Info > Properties ("Status"); a draft's says so.
    xml = xml.replace('</cp:coreProperties>', `<dc:language>${escapeXml(lang)}</dc:language><cp:contentStatus>${escapeXml(status)}</cp:contentStatus></cp:coreProperties>`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  const styles = files['word/styles.xml'];
  if (styles) {
    let xml = strFromU8(styles);
    // A complex script's language is tagged apart (w:bidi), for its spelling, hyphenation and digits.
    const lang$ = `<w:lang w:val="${escapeXml(lang)}"${script.cs ? ` w:bidi="${escapeXml(lang)}"` : ''}/>`;
    // In a run's properties w:lang comes late (after size and colour): Word refuses elements out of order.
    if (/<w:rPrDefault>\s*<w:rPr>[^]*?<w:lang\b[^>]*\/>/.test(xml)) xml = xml.replace(/(<w:rPrDefault>\s*<w:rPr>[^]*?)<w:lang\b[^>]*\/>/, `$1${lang$}`);
    else if (/<w:rPrDefault>\s*<w:rPr>[^]*?<\/w:rPr>/.test(xml)) xml = xml.replace(/(<w:rPrDefault>\s*<w:rPr>[^]*?)(<w:eastAsianLayout\b[^>]*\/>)?<\/w:rPr>/, (_, start: string, after = '') => `${start}${lang$}${after}</w:rPr>`);
    else if (/<w:rPrDefault\s*\/>/.test(xml)) xml = xml.replace(/<w:rPrDefault\s*\/>/, `<w:rPrDefault><w:rPr>${lang$}</w:rPr></w:rPrDefault>`);
    else if (/<w:docDefaults>/.test(xml)) xml = xml.replace('<w:docDefaults>', `<w:docDefaults><w:rPrDefault><w:rPr>${lang$}</w:rPr></w:rPrDefault>`);
    files['word/styles.xml'] = strToU8(xml);
  }
}

/** A Word document from its sections, with the brief's styles (or the reference document's), numbering, header, footer and properties. */
export async function writeDocx(file: DocxFile): Promise<Uint8Array> {
  const { metadata, furniture, page } = file;
  const doc = new Document({
    title: metadata.title,
    subject: metadata.subject,
    creator: metadata.author,
    keywords: metadata.keywords.join(', '),
    description: metadata.subject,
    lastModifiedBy: metadata.producer,
    revision: 1,
    // Word's File > Properties > Custom: the edition a reader or a records system can search on.
    customProperties: [
      ...(file.edition.edition === undefined ? [] : [{ name: 'Edition', value: String(file.edition.edition) }]),
      { name: 'Edition date', value: file.edition.date },
      { name: 'Status', value: file.edition.draft === undefined ? 'final' : 'draft' },
    ],
    features: { updateFields: true },
    ...(file.reference ? { externalStyles: file.reference.xml } : {}),
    styles: briefStyles(file.look, file.reference?.ids),
    numbering: briefNumbering(),
    sections: file.sections.map((children, i) => ({
      properties: { ...page.properties, titlePage: file.cover && i === 0 },
      headers: { default: furniture.header, ...(file.cover && i === 0 ? { first: new Header(blank()) } : {}) },
      footers: { default: furniture.footer, ...(file.cover && i === 0 ? { first: new Footer(blank()) } : {}) },
      children,
    })),
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  settle(files, file.lang, file.script, metadata.date, file.edition.status);
  if (file.script.rtl) rightToLeft(files);
  if (file.edition.draft !== undefined) watermarkHeaders(files, file.edition.draft, file.look.sans);
  const mtime = metadata.date;
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), { level: 6 });
}

/** The cover's: nothing. */
const blank = () => ({ children: [new Paragraph({})] });
