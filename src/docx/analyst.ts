import { PageBreak, Paragraph, TableOfContents, TextRun, type ParagraphChild } from 'docx';
import type { OptionView } from '../model/brief-model.js';
import type { Block } from './markdown.js';
import { DRAFT_RED } from './edition.js';
import { STYLE } from './styles.js';
import type { Cell } from './tables.js';
import type { Figure } from './timeline-figure.js';
import { timelineSources, timelineYears } from '../render/figures/timeline-description.js';
import { TIMELINE_END } from '../render/figures/timeline-svg.js';
import { changesChapter, decisionChapter, proposalsChapter, sourcesChapter, type BriefWriter } from './writer.js';

/** The shading of scores 1 to 5 as the analyst CSS gives it, light to dark; white text on the two darkest. */
const SCORE_FILL = ['F2F2F2', 'D9D9D9', 'B3B3B3', '7A7A7A', '3D3D3D'] as const;

function scoreCell(score: number | null, look: { muted: string }): Cell {
  if (score === null) return { children: [new TextRun({ text: '–', color: look.muted })] };
  return { children: [new TextRun({ text: String(score), bold: true, ...(score >= 4 ? { color: 'FFFFFF' } : {}) })], fill: SCORE_FILL[score - 1] };
}

const text = (value: string): Cell => ({ children: [new TextRun(value)] });

function cover(w: BriefWriter): Block[] {
  const { pack } = w.model;
  return [
    ...(pack.classification ? [w.paragraph(pack.classification, STYLE.classification)] : []),
    ...(pack.organisation ? [w.paragraph(pack.organisation, STYLE.meta)] : []),
    new Paragraph({ style: 'Title', children: [new TextRun(pack.title)] }),
    ...(pack.subtitle ? [w.paragraph([new TextRun({ text: pack.subtitle, size: 28, color: w.look.muted })])] : []),
    w.term(w.t('cover.date'), w.date(pack.date)),
    ...(pack.edition == null ? [] : [w.term(w.t('cover.edition'), String(pack.edition))]),
    w.term(
      w.t('cover.status'),
      pack.status === 'draft' ? [new TextRun({ text: w.t('edition.draft-warning'), bold: true, color: DRAFT_RED })] : w.t('edition.final'),
    ),
    w.term(w.t('cover.prepared-by'), pack.authors.join(', ')),
    w.term(w.t('cover.options'), String(w.model.options.length)),
    w.term(w.t('cover.criteria'), pack.criteria.map((c) => c.label).join('; ')),
    w.paragraph(w.t('cover.note'), STYLE.note),
  ];
}

/** A TOC field over the chapters (Heading 1), filled in now from the headings and updated by Word when the file opens. */
function contents(w: BriefWriter): Block[] {
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ style: 'TOCHeading', children: [new TextRun({ text: w.t('contents.heading'), bold: true, size: 32 })] }),
    new TableOfContents(w.t('contents.heading'), { hyperlink: true, headingStyleRange: '1-1' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function comparison(w: BriefWriter): Block[] {
  const { pack } = w.model;
  const head = [text(w.t('comparison.option')), text(w.t('option.status')), ...pack.criteria.map((c) => text(c.label))];
  const rows = w.model.options.map((o) => [
    { children: [new TextRun({ text: o.short_title, bold: true }), new TextRun({ text: ` ${w.period(o.period)}`, color: w.look.muted, size: 16 })] },
    text(w.label('status', o.status)),
    ...o.assessment.map((a) => scoreCell(a.score, w.look)),
  ]);
  const scoreWidth = 62 / Math.max(1, pack.criteria.length);
  return [
    w.heading(1, w.t('comparison.heading')),
    w.lead(pack.assessed_on ? w.t('comparison.note-dated', { date: w.date(pack.assessed_on) }) : w.t('comparison.note')),
    w.table(head, rows, [24, 14, ...pack.criteria.map(() => scoreWidth)]),
    w.paragraph(`${w.t('comparison.scale')}: ${w.t('comparison.scale-text')}.`, STYLE.note),
    ...pack.criteria.flatMap((c) => [
      w.term(c.label, c.description),
      // The published rubric: what each score means for this criterion.
      ...(c.rubric ? ([1, 2, 3, 4, 5] as const).map((n) => w.paragraph([new TextRun({ text: `${n}\t`, bold: true }), new TextRun(c.rubric![n])], STYLE.rubric)) : []),
    ]),
  ];
}

function timelineChapter(w: BriefWriter, figure: Figure): Block[] {
  const events = w.model.pack.key_events;
  const years = timelineYears(w.model.options, events, TIMELINE_END - 1);
  const title = years.events === null ? w.t('timeline.figure-title', years) : w.t('timeline.figure-title-events', { ...years, year: years.events });
  const sources = timelineSources(w.model.options, events);
  // As in print: the figure's number and title above it; what its marks mean and where its dates come from below.
  const shown = figure.missing === undefined;
  return [
    w.heading(1, w.t('timeline.heading')),
    ...(shown ? [w.paragraph([new TextRun({ text: w.t('figure.number', { number: 1 }), bold: true }), new TextRun(` ${title}`)], 'Caption')] : []),
    ...figure.blocks,
    w.paragraph(w.t('timeline.caption') + (events.length > 0 ? ` ${w.t('timeline.caption-events')}` : ''), 'Caption'),
    ...(shown && sources.length > 0 ? [w.paragraph([new TextRun({ text: w.t('figure.source'), bold: true }), new TextRun(' '), ...w.cite(sources)], 'Caption')] : []),
    ...w.claims(
      events.map((e) => ({ text: [new TextRun({ text: w.date(e.date), bold: true }), new TextRun(` ${e.label}`)], sources: e.sources })),
      true,
    ),
  ];
}

function optionChapter(w: BriefWriter, o: OptionView): Block[] {
  const citeAfter = (children: ParagraphChild[], ids: readonly string[]) => (ids.length > 0 ? [...children, new TextRun(' '), ...w.cite(ids)] : children);
  return [
    w.heading(1, `${o.number}. ${o.title}`),
    ...(o.also_known_as.length > 0 ? [w.term(w.t('option.also-known-as'), o.also_known_as.join('; '))] : []),
    w.term(w.t('option.kind'), w.label('kind', o.kind)),
    w.term(w.t('option.period'), w.period(o.period)),
    w.term(w.t('option.proposed-by'), o.proposed_by.join('; ')),
    w.term(w.t('option.status'), `${w.label('status', o.status)}: ${o.status_note}`),
    ...w.md.block(o.summary),
    w.heading(2, w.t('option.provisions')),
    ...w.claims(o.provisions, true),
    w.heading(2, w.t('option.timeline')),
    w.table([text(w.t('option.date')), text(w.t('option.event'))], o.timeline.map((e) => [text(w.date(e.date)), { children: citeAfter(w.md.inline(e.event), e.sources) }]), [22, 78]),
    w.heading(2, w.t('option.positions')),
    ...o.positions.flatMap((p) => [
      w.heading(3, `${p.party.label}: ${w.label('stance', p.stance)}`),
      ...w.md.block(p.text),
      ...(p.sources.length > 0 ? [w.paragraph(w.cite(p.sources))] : []),
    ]),
    w.heading(2, w.t('option.pros')),
    ...w.claims(o.pros, false),
    w.heading(2, w.t('option.cons')),
    ...w.claims(o.cons, false),
    ...(o.disagreements.length > 0 ? [w.heading(2, w.t('option.disagreements')), ...w.claims(o.disagreements, false)] : []),
    w.heading(2, w.t('option.outcome')),
    ...w.md.block(o.outcome),
    w.heading(2, w.t('option.assessment')),
    w.lead(w.t('judgement.scores')),
    w.table(
      [text(w.t('option.criterion')), text(w.t('option.score')), text(w.t('option.reason'))],
      o.assessment.map((a) => [text(a.criterion.label), scoreCell(a.score, w.look), a.score === null ? { children: [new TextRun({ text: w.t('option.not-assessed'), color: w.look.muted })] } : text(a.rationale ?? '')]),
      [25, 10, 65],
    ),
    ...(o.sources.length > 0 ? [w.paragraph([new TextRun(`${w.t('option.further-reading')} `), ...w.cite(o.sources)], STYLE.note)] : []),
  ];
}

/** The analyst brief: cover, contents, summary, context, comparison, timeline, one chapter per option, recommendations, sources. */
export function analystBody(w: BriefWriter, figure: Figure): Block[] {
  const { pack } = w.model;
  return [
    ...cover(w),
    ...contents(w),
    w.heading(1, w.t('summary.heading')),
    w.lead(w.t('judgement.assessment')),
    ...w.md.block(pack.bottom_line),
    ...changesChapter(w),
    ...decisionChapter(w),
    w.heading(1, w.t('context.heading')),
    ...w.md.block(pack.context),
    ...(pack.sources.length > 0 ? [w.paragraph([new TextRun(`${w.t('context.see-also')} `), ...w.cite(pack.sources)], STYLE.note)] : []),
    ...comparison(w),
    ...timelineChapter(w, figure),
    ...w.model.options.flatMap((o) => optionChapter(w, o)),
    ...(pack.recommendations
      ? [
          w.heading(1, w.t('recommendations.heading')),
          w.paragraph(pack.recommendations.attribution, STYLE.attribution),
          ...w.md.block(pack.recommendations.text),
          w.paragraph([new TextRun(`${w.t('sources.label')} `), ...w.cite(pack.recommendations.sources)], STYLE.note),
        ]
      : []),
    ...proposalsChapter(w),
    ...sourcesChapter(w),
  ];
}
