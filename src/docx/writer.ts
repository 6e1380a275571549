import { Bookmark, HeadingLevel, Paragraph, TextRun, type ParagraphChild, type Table } from 'docx';
import type { BriefModel, SourceView } from '../model/brief-model.js';
import { formatDate, formatPeriod } from '../render/format-date.js';
import type { MessageKey } from '../i18n/messages-en.js';
import type { Translator } from '../i18n/translator.js';
import { sourceView } from '../model/build-model.js';
import type { Source } from '../schema/source.js';
import type { CitationStyle } from '../load/citation-style.js';
import { formatBibliography } from '../render/format-bibliography.js';
import { describeChange } from '../render/describe-change.js';
import { label } from '../render/labels.js';
import { citationRuns, sourceBookmark } from './citations.js';
import { htmlRuns } from './html-runs.js';
import { DRAFT_RED, editionMark, type EditionMark } from './edition.js';
import type { Look } from './look.js';
import { docxMarkdown, type Block, type DocxMarkdown } from './markdown.js';
import { LIST, STYLE } from './styles.js';
import { briefTable, type Cell } from './tables.js';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A claim: a line of Markdown and the sources it cites. */
export interface Claim {
  /** Markdown, or runs already made. */
  text: string | ParagraphChild[];
  sources: readonly string[];
}

/** What every part of one Word brief is written with: its model, look, Markdown and citations. */
export interface BriefWriter {
  model: BriefModel;
  /** The brief's words in its language: the pack's own, its set's, then the catalogue's. */
  i18n: Translator;
  t(key: MessageKey, values?: Readonly<Record<string, unknown>>): string;
  /** Before each bookmark's name, to keep briefs joined in one file apart. */
  prefix: string;
  look: Look;
  /** Which edition the brief is, and whether it is a draft. */
  edition: EditionMark;
  md: DocxMarkdown;
  /** A citation of sources by id, numbered as in the brief's PDF. */
  cite(ids: readonly string[]): ParagraphChild[];
  /** Every source cited, numbered: the brief's own, then any it numbers itself, in order of first citation. */
  numbered(): SourceView[];
  date(value: string): string;
  period(value: { from: string; to: string | null }): string;
  label(group: 'kind' | 'status' | 'stance', value: string): string;
  heading(level: 1 | 2 | 3, text: string | ParagraphChild[]): Paragraph;
  paragraph(children: ParagraphChild[] | string, style?: string): Paragraph;
  /** A note that introduces what follows (a table, a chapter's text), kept on its page. */
  lead(text: string): Paragraph;
  /** A table the width of the text; `widths` in percent. */
  table(head: readonly Cell[], rows: readonly (readonly Cell[])[], widths?: readonly number[]): Table;
  /** A list of claims, each with its citations. */
  claims(list: readonly Claim[], ordered: boolean): Paragraph[];
  /** A term and its value on one line: `Kind: Treaty`. */
  term(term: string, value: ParagraphChild[] | string): Paragraph;
  /** The numbered sources list, each entry bookmarked for the citations that point to it. */
  sourceEntries(): Block[];
  /** `Edition 2 · 31 August 2025 · Draft`, the draft word bold and red: the masthead's and each handout's edition line. */
  editionRuns(): ParagraphChild[];
}

const runs = (value: ParagraphChild[] | string) => (typeof value === 'string' ? [new TextRun(value)] : value);

/** The writer for one brief; `prefix` keeps bookmarks apart when briefs are joined in one file. */
export function briefWriter(model: BriefModel, library: ReadonlyMap<string, Source>, i18n: Translator, look: Look, textWidth: number, prefix = '', style?: CitationStyle): BriefWriter {
  const frame = { rule: look.rule, textWidth };
  const lang = model.pack.lang;
  const edition = editionMark(model.pack, i18n);
  let lists = 0;
  // The brief's numbers where its HTML gave them; a part numbered on its own (a handout page) numbers here, in the same order of first citation.
  const numbers = new Map(Object.entries(model.citations));
  const own: Source[] = [];
  const numberOf = (id: string) => {
    let n = numbers.get(id);
    const source = library.get(id);
    if (n === undefined && source) {
      own.push(source);
      numbers.set(id, (n = model.sources.length + own.length));
    }
    return n;
  };
  const cite = (ids: readonly string[]) => citationRuns(ids.flatMap((id) => numberOf(id) ?? []), prefix);
  const numbered = () => {
    const formatted = own.length > 0 ? formatBibliography(own, model.pack.lang, style) : [];
    return [...model.sources, ...own.map((source, i) => sourceView(source, model.sources.length + i + 1, formatted[i]))];
  };
  const withCitation = (text: ParagraphChild[], ids: readonly string[]) => (ids.length > 0 ? [...text, new TextRun(' '), ...cite(ids)] : text);
  const md = docxMarkdown({ cite, nextList: () => ++lists, frame });
  return {
    model,
    i18n,
    t: (key, values) => i18n.t(key, values),
    prefix,
    look,
    edition,
    md,
    cite,
    numbered,
    date: (value) => formatDate(value, lang),
    period: (value) => formatPeriod(value, lang),
    label: (group, value) => label(i18n, group, value),
    heading: (level, text) => new Paragraph({ heading: HEADINGS[level], children: runs(text) }),
    table: (head, rows, widths) => briefTable(frame, head, rows, widths),
    lead: (text) => new Paragraph({ style: STYLE.note, keepNext: true, children: [new TextRun(text)] }),
    paragraph: (children, style) => new Paragraph({ children: runs(children), style }),
    claims: (list, ordered) => {
      const instance = ++lists;
      return list.map(
        (claim) =>
          new Paragraph({
            style: 'ListParagraph',
            numbering: { reference: ordered ? LIST.ordered : LIST.bullet, level: 0, instance },
            children: withCitation(typeof claim.text === 'string' ? md.inline(claim.text) : claim.text, claim.sources),
          }),
      );
    },
    editionRuns: () => {
      return [new TextRun(edition.line), ...(edition.draft ? [new TextRun(' · '), new TextRun({ text: i18n.t('edition.draft'), bold: true, color: DRAFT_RED })] : [])];
    },
    term: (term, value) => new Paragraph({ style: STYLE.meta, children: [new TextRun({ text: `${term}: `, bold: true }), ...runs(value)] }),
    sourceEntries: () =>
      numbered().map(
        (source) =>
          new Paragraph({
            style: STYLE.sourceEntry,
            children: [
              new Bookmark({ id: sourceBookmark(prefix, source.number), children: [new TextRun(`${source.number}.`)] }),
              new TextRun('\t'),
              ...htmlRuns(source.formatted),
              ...(source.note ? [new TextRun({ text: ` ${source.note}`, italics: true, color: look.muted })] : []),
            ],
          }),
      ),
  };
}

/** What changed since the edition the pack follows, one line each, as the HTML's changes section: none when nothing changed. */
export function changesChapter(w: BriefWriter): Block[] {
  const changes = w.model.changes;
  if (!changes || changes.items.length === 0) return [];
  const date = w.date(changes.date);
  const heading = changes.edition === null ? w.t('changes.heading-unnumbered', { date }) : w.t('changes.heading', { edition: changes.edition, date });
  return [
    w.heading(1, heading),
    ...w.claims(
      changes.items.map((change) => {
        const { subject, says } = describeChange(change, w.i18n);
        return { text: [new TextRun({ text: subject, bold: true }), new TextRun(`: ${says}`)], sources: [] };
      }),
      false,
    ),
  ];
}

/** The sources chapter every full brief ends with. */
export function sourcesChapter(w: BriefWriter): Block[] {
  return [w.heading(1, w.t('sources.heading')), w.paragraph(w.t('sources.note'), STYLE.note), ...w.sourceEntries()];
}

/** The decision the pack asks for, where it gives one: the issue, then what is sought. */
export function decisionChapter(w: BriefWriter): Block[] {
  const { decision } = w.model.pack;
  return decision ? [w.heading(1, w.t('decision.heading')), ...w.md.block(decision.issue), ...w.md.block(decision.sought)] : [];
}

/** Proposals made by others, each titled and attributed: never the pack's own advice. */
export function proposalsChapter(w: BriefWriter): Block[] {
  const proposals = w.model.pack.external_proposals;
  if (proposals.length === 0) return [];
  return [
    w.heading(1, w.t('proposals.heading')),
    w.paragraph(w.t('proposals.note'), STYLE.note),
    ...proposals.flatMap((p) => [
      w.heading(2, p.title),
      w.paragraph([new TextRun(p.attribution), ...(p.sources.length > 0 ? [new TextRun(' '), ...w.cite(p.sources)] : [])], STYLE.attribution),
      ...w.md.block(p.text),
    ]),
  ];
}
