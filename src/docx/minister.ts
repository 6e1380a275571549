import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Block } from './markdown.js';
import { STYLE } from './styles.js';
import { changesChapter, decisionChapter, proposalsChapter, sourcesChapter, type BriefWriter } from './writer.js';

/** The minister brief: masthead, bottom line, each option's standing with its strongest case either way, next steps, sources. */
export function ministerBody(w: BriefWriter): Block[] {
  const { pack } = w.model;
  const claim = (lead: string, c: { text: string; sources: readonly string[] } | undefined): ParagraphChild[] =>
    c ? [new TextRun({ text: `${lead} `, bold: true }), ...w.md.inline(c.text), ...(c.sources.length > 0 ? [new TextRun(' '), ...w.cite(c.sources)] : [])] : [];
  const kicker = [pack.organisation, w.t('minister.kicker')].filter(Boolean).join(' · ');
  return [
    ...(pack.classification ? [w.paragraph(pack.classification, STYLE.classification)] : []),
    w.paragraph([new TextRun(`${kicker} · `), ...w.editionRuns()], STYLE.meta),
    new Paragraph({ style: 'Title', children: [new TextRun(pack.title)] }),
    ...decisionChapter(w),
    w.heading(1, w.t('minister.bottom-line')),
    w.lead(w.t('judgement.assessment')),
    ...w.md.block(pack.bottom_line),
    ...changesChapter(w),
    w.heading(1, w.t('minister.glance')),
    w.lead(w.t('minister.glance-note')),
    ...w.model.options.flatMap((o) => [
      w.heading(2, `${o.number}. ${o.short_title}`),
      w.paragraph([new TextRun({ text: `${w.label('status', o.status)}: `, bold: true }), new TextRun(o.status_note)]),
      w.paragraph(
        [
          new TextRun(`${w.t('minister.scores')} `),
          ...o.assessment.flatMap((a, i) => [new TextRun(`${i > 0 ? w.t('separator.list') : ''}${a.criterion.label} `), new TextRun({ text: a.score === null ? '–' : String(a.score), bold: true })]),
        ],
        STYLE.note,
      ),
      w.paragraph(claim(w.t('minister.for'), o.pros[0])),
      w.paragraph(claim(w.t('minister.against'), o.cons[0])),
    ]),
    ...(pack.recommendations
      ? [
          w.heading(1, w.t('minister.next-steps')),
          w.paragraph([new TextRun(`${pack.recommendations.attribution} `), ...w.cite(pack.recommendations.sources)], STYLE.attribution),
          ...w.md.block(pack.recommendations.text),
        ]
      : []),
    ...proposalsChapter(w),
    ...sourcesChapter(w),
  ];
}
