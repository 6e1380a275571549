import { strFromU8, strToU8 } from 'fflate';
import type { PackView } from '../model/brief-model.js';
import type { Translator } from '../i18n/translator.js';
import { formatDate } from '../render/format-date.js';

/** Which edition a Word file is, as its page furniture, cover and properties say it. */
export interface EditionMark {
  /** `Edition 2 · 31 August 2025`, as the PDF's page footer prints it before a draft's DRAFT. */
  line: string;
  /** The word across every page of a draft (`DRAFT`, in the brief's language); none on a final. */
  draft?: string;
  /** `Draft` or `Final`, in the brief's language: the document's status property. */
  status: string;
  /** The edition number, when the pack gives one. */
  edition?: number;
  date: string;
}

/** The draft mark's colour, as the PDF's watermark and screen bar have it. */
export const DRAFT_RED = 'B00020';

export function editionMark(pack: Pick<PackView, 'status' | 'edition' | 'date' | 'lang'>, i18n: Translator): EditionMark {
  const draft = pack.status === 'draft';
  const parts = [
    ...(pack.edition == null ? [] : [i18n.t('edition.number', { edition: pack.edition })]),
    formatDate(pack.date, pack.lang),
  ];
  return {
    line: parts.join(' · '),
    ...(draft ? { draft: i18n.t('edition.draft-mark') } : {}),
    status: i18n.t(draft ? 'edition.draft' : 'edition.final'),
    ...(pack.edition == null ? {} : { edition: pack.edition }),
    date: pack.date,
  };
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * The draft watermark as Word itself writes one (Design > Watermark): a VML
 * text-path shape in the header, centred on the page's margins, turned 45
 * degrees, pale and behind the text, so it is on every page the header is,
 * and Word's "Remove watermark" finds it by its name.
 */
export function watermarkRun(text: string, font: string, n: number): string {
  const formulas = [
    'sum #0 0 10800',
    'prod #0 2 1',
    'sum 21600 0 @1',
    'sum 0 0 @2',
    'sum 21600 0 @3',
    'if @0 @3 0',
    'if @0 21600 @1',
    'if @0 0 @2',
    'if @0 @4 21600',
    'mid @5 @6',
    'mid @8 @5',
    'mid @7 @8',
    'mid @6 @7',
    'sum @6 0 @5',
  ];
  const shapetype =
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
    `<v:formulas>${formulas.map((eqn) => `<v:f eqn="${eqn}"/>`).join('')}</v:formulas>` +
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>' +
    '</v:shapetype>';
  // About as wide as the text block of A4 with the built-in margins: Word scales the word to fit the shape.
  const width = Math.max(180, Math.min(460, text.length * 80));
  const style = [
    'position:absolute',
    'margin-left:0',
    'margin-top:0',
    `width:${width}pt`,
    `height:${Math.round(width / 3)}pt`,
    'rotation:315',
    'z-index:-251654144',
    'mso-position-horizontal:center',
    'mso-position-horizontal-relative:margin',
    'mso-position-vertical:center',
    'mso-position-vertical-relative:margin',
  ].join(';');
  return (
    '<w:r><w:rPr><w:noProof/></w:rPr><w:pict>' +
    shapetype +
    `<v:shape id="PowerPlusWaterMarkObject${n}" o:spid="_x0000_s${2048 + n}" type="#_x0000_t136" style="${style}" o:allowincell="f" fillcolor="#${DRAFT_RED}" stroked="f">` +
    '<v:fill opacity=".16"/>' +
    `<v:textpath style="font-family:&quot;${escapeXml(font)}&quot;;font-size:1pt" string="${escapeXml(text)}"/>` +
    '<w10:wrap anchorx="margin" anchory="margin"/>' +
    '</v:shape></w:pict></w:r>'
  );
}

/** Puts the draft watermark in every header of the package (the cover's empty one too), first in its first paragraph. */
export function watermarkHeaders(files: Record<string, Uint8Array>, text: string, font: string): void {
  let n = 0;
  for (const name of Object.keys(files).filter((f) => /^word\/header\d+\.xml$/.test(f)).sort()) {
    const run = watermarkRun(text, font, ++n);
    const xml = strFromU8(files[name]!);
    const first = /<w:p\b[^>]*>/.exec(xml)?.[0];
    const marked = first?.endsWith('/>') ? xml.replace(first, `<w:p>${run}</w:p>`) : xml.replace(/(<w:p\b[^>]*>(?:<w:pPr>[^]*?<\/w:pPr>)?)/, `$1${run}`);
    files[name] = strToU8(marked);
  }
}
