import { Footer, Header, PageNumber, PageOrientation, Paragraph, TabStopType, TextRun, type ISectionPropertiesOptions } from 'docx';
import type { TemplateSet } from '../templates/template-set.js';
import { face, type Look } from './look.js';
import type { Translator } from '../i18n/translator.js';
import { DRAFT_RED, type EditionMark } from './edition.js';

/** Paper sizes in millimetres, portrait. */
const PAPER_MM = { A4: [210, 297], Letter: [215.9, 279.4], Legal: [215.9, 355.6], A3: [297, 420], A5: [148, 210] } as const;
const TWIPS_PER = { mm: 1440 / 25.4, cm: 14400 / 25.4, in: 1440, pt: 20, px: 15 } as const;

/** A CSS length of template.yaml (`18mm`, `0.75in`, `54pt`) in twentieths of a point. */
export function twips(length: string): number {
  const [, value, unit] = /^([\d.]+)(mm|cm|in|pt|px)$/.exec(length) ?? [, '0', 'mm'];
  return Math.round(Number(value) * TWIPS_PER[unit as keyof typeof TWIPS_PER]);
}

export interface PageGeometry {
  properties: ISectionPropertiesOptions;
  /** The width between the margins, in twips: where the header's right tab stop goes. */
  textWidth: number;
}

/** The set's paper and margins as a Word section's page. */
export function pageGeometry(set: TemplateSet): PageGeometry {
  const { paper, margins } = set.config;
  const [w, h] = PAPER_MM[paper.size].map((mm) => Math.round(mm * TWIPS_PER.mm)) as [number, number];
  const landscape = paper.orientation === 'landscape';
  const margin = { top: twips(margins.top), right: twips(margins.right), bottom: twips(margins.bottom), left: twips(margins.left) };
  const width = landscape ? h : w;
  return {
    properties: {
      page: {
        // Word wants the portrait sizes and the orientation; it swaps them itself.
        size: { width: w, height: h, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { ...margin, header: Math.round(margin.top / 2), footer: Math.round(margin.bottom / 2) },
      },
    },
    textWidth: width - margin.left - margin.right,
  };
}

/**
 * The running header (classification left, title right) and footer (the
 * edition, its date and DRAFT on a draft left; "Page N of M" as PAGE and
 * NUMPAGES fields right), in small muted sans as the PDF's page margins
 * print them.
 */
export function furniture(look: Look, i18n: Translator, title: string, classification: string | null, edition: EditionMark, textWidth: number): { header: Header; footer: Footer } {
  const small = { font: face(look, look.sans), size: 15, color: look.muted };
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          ...(classification ? [new TextRun({ ...small, text: classification, bold: true, allCaps: true })] : []),
          new TextRun({ ...small, text: `\t${title}` }),
        ],
      }),
    ],
  });
  // "Page {page} of {pages}" in the brief's language, the numbers as fields wherever the language puts them.
  const FIELDS = { '\u0001': PageNumber.CURRENT, '\u0002': PageNumber.TOTAL_PAGES } as const;
  const words = i18n.t('page.number', { page: '\u0001', pages: '\u0002' });
  const children = words.split(/([\u0001\u0002])/).filter(Boolean).map((part) => FIELDS[part as keyof typeof FIELDS] ?? part);
  // The edition, its date and a draft's mark at the start, the page at the end, as the PDF's bottom margin prints them.
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun({ ...small, text: edition.line }),
          ...(edition.draft ? [new TextRun({ ...small, text: ` · ${edition.draft}`, bold: true, color: DRAFT_RED })] : []),
          new TextRun({ ...small, children: ['\t', ...children] }),
        ],
      }),
    ],
  });
  return { header, footer };
}
