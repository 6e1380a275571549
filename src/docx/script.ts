import { strFromU8, strToU8 } from 'fflate';
import { directionOf } from '../i18n/direction.js';

/**
 * How Word is to set a brief's language: its direction, and for a script
 * Word treats as complex (Arabic, Hebrew, Devanagari) the font and language
 * of that text, which Word keeps apart from the Latin text's (`w:rFonts
 * w:cs`, `w:szCs`, `w:lang w:bidi`).
 */
export interface WordScript {
  rtl: boolean;
  /** The complex-script font, as the PDF sets the script: none for a language in Latin script. */
  cs?: string;
}

/** The Noto family of each complex script, by language: Urdu and Kashmiri in Nastaliq, the other Arabic-script languages in Naskh. */
const CS_FONTS: readonly [RegExp, string][] = [
  [/^(ur|ks|skr|pa-arab)\b/i, 'Noto Nastaliq Urdu'],
  [/^(ar|fa|ps|sd|ckb|ug|dv)\b/i, 'Noto Naskh Arabic'],
  [/^(he|iw|yi)\b/i, 'Noto Serif Hebrew'],
  [/^(hi|mr|ne|sa|mai|bho|kok)\b/i, 'Noto Sans Devanagari'],
];

export function wordScript(lang: string): WordScript {
  const cs = CS_FONTS.find(([test]) => test.test(lang))?.[1];
  return { rtl: directionOf(lang) === 'rtl', ...(cs ? { cs } : {}) };
}


/**
 * Inserts `element` into the properties element `parent` opens with (`<w:pPr>`),
 * before the first of `before` (the children the schema puts after it:
 * Word refuses a file whose elements are out of order), or at its end.
 */
function insertInto(props: string, parent: string, element: string, before: readonly string[]): string {
  if (props.includes(`<w:${element}/>`) || props.includes(`<w:${element} `)) return props;
  const at = before.map((name) => props.search(new RegExp(`<w:${name}[\\s/>]`))).filter((i) => i > 0);
  const i = at.length > 0 ? Math.min(...at) : props.lastIndexOf(`</w:${parent}>`);
  return `${props.slice(0, i)}<w:${element}/>${props.slice(i)}`;
}

/** What follows `w:bidi` in a paragraph's properties, `w:rtl` in a run's, `w:bidiVisual` in a table's and `w:bidi` in a section's. */
const AFTER = {
  pPr: ['adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange'],
  rPr: ['cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath'],
  tblPr: ['tblStyleRowBandSize', 'tblStyleColBandSize', 'tblW', 'jc', 'tblCellSpacing', 'tblInd', 'tblBorders', 'shd', 'tblLayout', 'tblCellMar', 'tblLook', 'tblCaption', 'tblDescription'],
  sectPr: ['rtlGutter', 'docGrid', 'printerSettings', 'sectPrChange'],
} as const;

/** Letters of a left-to-right script: a run with any is Latin (a document symbol such as S/1791), set left to right inside the line. */
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** Properties of `name` (`pPr`) made at the start of `xml`'s element when it has none. */
function withProps(open: string, body: string, name: 'pPr' | 'rPr' | 'tblPr', element: string): string {
  const existing = new RegExp(`^<w:${name}>[^]*?</w:${name}>`).exec(body);
  if (existing) return open + insertInto(existing[0], name, element, AFTER[name]) + body.slice(existing[0].length);
  return `${open}<w:${name}><w:${element}/></w:${name}>${body}`;
}

/**
 * A right-to-left brief as Word writes one: every paragraph `w:bidi` (its
 * start on the right, lists and indents mirrored), every run of
 * right-to-left or neutral text `w:rtl` (runs with Latin letters keep left
 * to right, so `S/1791` reads as written), tables `w:bidiVisual` (first
 * column on the right) and sections `w:bidi`. In the body, headers, footers
 * and footnotes.
 */
export function rightToLeft(files: Record<string, Uint8Array>): void {
  for (const name of Object.keys(files).filter((f) => /^word\/(document|header\d+|footer\d+|footnotes)\.xml$/.test(f))) {
    let xml = strFromU8(files[name]!);
    xml = xml.replace(/<w:p\/>/g, '<w:p><w:pPr><w:bidi/></w:pPr></w:p>');
    xml = xml.replace(/(<w:p(?:\s[^>]*[^/])?>)((?:<w:pPr>[^]*?<\/w:pPr>)?)/g, (_, open: string, props: string) => withProps(open, props, 'pPr', 'bidi'));
    xml = xml.replace(/(<w:r(?:\s[^>]*)?>)([^]*?<\/w:r>)/g, (whole, open: string, body: string) => {
      const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      return text === '' || LTR_LETTER.test(text) ? whole : withProps(open, body, 'rPr', 'rtl');
    });
    xml = xml.replace(/<w:tblPr>[^]*?<\/w:tblPr>/g, (props) => insertInto(props, 'tblPr', 'bidiVisual', AFTER.tblPr));
    xml = xml.replace(/<w:sectPr\b[^>]*>[^]*?<\/w:sectPr>/g, (props) => insertInto(props, 'sectPr', 'bidi', AFTER.sectPr));
    files[name] = strToU8(xml);
  }
}
