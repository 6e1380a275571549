import { AlignmentType, BorderStyle, LineRuleType, convertMillimetersToTwip, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import { face, type Look } from './look.js';

/** Style ids the writer uses beyond Word's built-in ones; a reference document may define them too. */
export const STYLE = {
  note: 'BriefNote',
  classification: 'BriefClassification',
  sourceEntry: 'BriefSourceEntry',
  attribution: 'BriefAttribution',
  tableText: 'BriefTableText',
  tableHeading: 'BriefTableHeading',
  meta: 'BriefMeta',
  quote: 'BriefQuote',
  citation: 'BriefCitation',
  rubric: 'BriefRubric',
} as const;

/** Numbering definitions: `instance` restarts an ordered list. */
export const LIST = { ordered: 'brief-ordered', bullet: 'brief-bullet' } as const;

const pt = (points: number) => Math.round(points * 2);
/** Spacing in twentieths of a point. */
const space = (points: number) => Math.round(points * 20);

/**
 * Word styles that follow the set's CSS: serif body at the CSS size, sans
 * headings in the accent colour, notes and tables in the sans, citations
 * small and muted. Headings are Word's own Heading 1 to 3 (outline levels),
 * so the navigation pane and Word's table of contents see them. With a
 * reference document, `skip` holds the ids it defines: its styles win.
 */
export function briefStyles(look: Look, skip: ReadonlySet<string> = new Set()): IStylesOptions {
  const sans = { font: face(look, look.sans), color: look.accent };
  // The outline level is what puts a heading in the navigation pane, the TOC field and a PDF's bookmarks.
  const heading = (size: number, before: number, after: number, outlineLevel: number) => ({
    run: { ...sans, size: pt(size), bold: true },
    paragraph: { spacing: { before: space(before), after: space(after) }, keepNext: true, keepLines: true, outlineLevel },
  });
  const paragraphStyles = [
    { id: STYLE.note, name: 'Brief Note', basedOn: 'Normal', next: 'Normal', run: { font: face(look, look.sans), size: pt(9), color: look.muted } },
    {
      id: STYLE.classification,
      name: 'Brief Classification',
      basedOn: 'Normal',
      run: { font: face(look, look.sans), size: pt(9), bold: true, allCaps: true, characterSpacing: 24 },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: space(12) } },
    },
    {
      id: STYLE.sourceEntry,
      name: 'Brief Source Entry',
      basedOn: 'Normal',
      run: { size: pt(9) },
      paragraph: { indent: { left: convertMillimetersToTwip(8), hanging: convertMillimetersToTwip(8) }, spacing: { after: space(3) } },
    },
    { id: STYLE.attribution, name: 'Brief Attribution', basedOn: 'Normal', next: 'Normal', run: { italics: true, color: look.muted } },
    { id: STYLE.tableText, name: 'Brief Table Text', basedOn: 'Normal', run: { font: face(look, look.sans), size: pt(9.5) }, paragraph: { spacing: { before: 0, after: 0 } } },
    {
      id: STYLE.tableHeading,
      name: 'Brief Table Heading',
      basedOn: STYLE.tableText,
      run: { bold: true, color: look.accent },
      paragraph: { keepNext: true },
    },
    {
      id: STYLE.quote,
      name: 'Brief Quote',
      basedOn: 'Normal',
      run: { italics: true, color: look.muted },
      paragraph: { indent: { left: convertMillimetersToTwip(6) }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: look.rule, space: 8 } } },
    },
    {
      id: STYLE.rubric,
      name: 'Brief Rubric',
      basedOn: 'Normal',
      run: { font: face(look, look.sans), size: pt(9), color: look.muted },
      paragraph: { indent: { left: convertMillimetersToTwip(10), hanging: convertMillimetersToTwip(4) }, spacing: { after: 0 } },
    },
    { id: STYLE.meta, name: 'Brief Meta', basedOn: 'Normal', run: { font: face(look, look.sans), size: pt(9.5) }, paragraph: { spacing: { after: 0 } } },
  ].filter((s) => !skip.has(s.id));
  const characterStyles = [
    { id: STYLE.citation, name: 'Brief Citation', basedOn: 'DefaultParagraphFont', run: { font: face(look, look.sans), size: pt(look.size * 0.8), color: look.muted } },
  ].filter((s) => !skip.has(s.id));
  const builtIn = {
    document: {
      run: { font: face(look, look.serif), size: pt(look.size), color: look.ink },
      paragraph: { spacing: { after: space(6), line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: { run: { ...sans, size: pt(24), bold: true }, paragraph: { spacing: { after: space(6) } } },
    heading1: heading(16, 18, 8, 0),
    heading2: heading(12, 14, 5, 1),
    heading3: heading(look.size, 10, 3, 2),
    hyperlink: { run: { color: look.accent, underline: {} } },
    listParagraph: { paragraph: { spacing: { after: space(3) } } },
    caption: { run: { font: face(look, look.sans), size: pt(9), italics: false, color: look.muted } },
  };
  const defaults = Object.fromEntries(Object.entries(builtIn).filter(([key]) => !skip.has(BUILT_IN_IDS[key as keyof typeof BUILT_IN_IDS])));
  return { default: defaults, paragraphStyles, characterStyles };
}

/** The style ids of Word's built-in styles that `briefStyles` sets. */
const BUILT_IN_IDS = {
  document: 'docDefaults',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  hyperlink: 'Hyperlink',
  listParagraph: 'ListParagraph',
  caption: 'Caption',
} as const;

/** Ordered lists as 1., a., i.; bullets as •, –, ·; each level indented a little more. */
export function briefNumbering(): INumberingOptions {
  const indent = (level: number) => ({ paragraph: { indent: { left: convertMillimetersToTwip(6 + level * 6), hanging: convertMillimetersToTwip(5) } } });
  const ordered = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  const bullets = ['•', '–', '·'];
  return {
    config: [
      { reference: LIST.ordered, levels: ordered.map((format, level) => ({ level, format, text: `%${level + 1}.`, alignment: AlignmentType.START, style: indent(level) })) },
      { reference: LIST.bullet, levels: bullets.map((text, level) => ({ level, format: LevelFormat.BULLET, text, alignment: AlignmentType.START, style: indent(level) })) },
    ],
  };
}
