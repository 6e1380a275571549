import { PDFName, type PDFDocument } from 'pdf-lib';
import type { PdfMetadata } from '../model/brief-metadata.js';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A date as XMP writes it: `2025-08-31T00:00:00Z`. */
const xmpDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The document properties as an XMP packet (Dublin Core, PDF and XMP basic
 * schemas): what archives, catalogues and PDF/A validators read, where the
 * Info dictionary is legacy.
 */
export function xmpPacket(meta: PdfMetadata): string {
  const creators = meta.author.split('; ').filter((a) => a !== '');
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq>${creators.map((c) => `<rdf:li>${xml(c)}</rdf:li>`).join('')}</rdf:Seq></dc:creator>
${meta.lang ? `<dc:language><rdf:Bag><rdf:li>${xml(meta.lang)}</rdf:li></rdf:Bag></dc:language>\n` : ''}<dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
<pdf:Producer>${xml(meta.producer)}</pdf:Producer>
<pdf:Keywords>${xml(meta.keywords.join('; '))}</pdf:Keywords>
<xmp:CreatorTool>options-brief</xmp:CreatorTool>
<xmp:CreateDate>${xmpDate(meta.date)}</xmp:CreateDate>
<xmp:ModifyDate>${xmpDate(meta.date)}</xmp:ModifyDate>
<xmp:MetadataDate>${xmpDate(meta.date)}</xmp:MetadataDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Writes the XMP packet into the document catalogue, uncompressed, as readers expect to find it. */
export function setXmpMetadata(doc: PDFDocument, meta: PdfMetadata): void {
  const stream = doc.context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
