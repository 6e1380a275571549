import { Bookmark, Paragraph, TextRun } from 'docx';
import { sourceBookmark } from './citations.js';
import type { Block } from './markdown.js';
import { STYLE } from './styles.js';
import type { BriefWriter } from './writer.js';

/** One option's handout: its title, standing, summary, provisions, the case either way, where it stands, and its sources in short. */
export function handoutBody(w: BriefWriter): Block[] {
  return w.model.options.flatMap((o) => [
    w.paragraph([new TextRun(`${w.model.pack.title} · `), ...w.editionRuns()], STYLE.note),
    new Paragraph({ style: 'Title', children: [new TextRun(o.title)] }),
    new Paragraph({
      style: STYLE.meta,
      spacing: { after: 120 },
      children: [new TextRun(`${w.label('kind', o.kind)} · ${w.period(o.period)} · `), new TextRun({ text: w.label('status', o.status), bold: true })],
    }),
    ...w.md.block(o.summary),
    w.heading(1, w.t('option.provisions')),
    ...w.claims(o.provisions, true),
    w.heading(1, w.t('handout.pros')),
    ...w.claims(o.pros, false),
    w.heading(1, w.t('handout.cons')),
    ...w.claims(o.cons, false),
    w.heading(1, w.t('handout.positions')),
    ...o.positions.map((p) => w.paragraph([new TextRun({ text: `${p.party.label}: `, bold: true }), new TextRun(w.label('stance', p.stance))], STYLE.meta)),
    w.heading(1, w.t('handout.scores')),
    w.paragraph(w.t('judgement.scores'), STYLE.note),
    ...o.assessment.map((a) => w.paragraph([new TextRun(`${a.criterion.label}: `), new TextRun({ text: a.score === null ? w.t('score.none') : String(a.score), bold: true })], STYLE.meta)),
    w.heading(1, w.t('handout.now')),
    w.paragraph(o.status_note),
    new Paragraph({
      style: STYLE.note,
      children: [
        new TextRun({ text: `${w.t('sources.label')} `, bold: true }),
        ...w.numbered().flatMap((s, i) => [
          ...(i > 0 ? [new TextRun(w.t('separator.list'))] : []),
          new Bookmark({ id: sourceBookmark(w.prefix, s.number), children: [new TextRun(`[${s.number}] ${s.short}`)] }),
        ]),
      ],
    }),
  ]);
}
