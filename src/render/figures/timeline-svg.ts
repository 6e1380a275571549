import type { OptionView } from '../../model/brief-model.js';
import { createTranslator, type Translator } from '../../i18n/translator.js';
import { escapeHtml } from '../escape-html.js';
import { timelineDescription } from './timeline-description.js';
import { yearOf } from './year-of.js';

export interface TimelineEvent {
  date: string;
  label: string;
}

export { yearOf };

/** Where the axis ends: the start of the year after the last it shows. */
export const TIMELINE_END = 2026;

const W = 680;
const LABEL = 190;
const ROW = 22;
const FONT = "font-family=\"'Source Sans 3', 'DejaVu Sans', sans-serif\"";

/** An x in the left-to-right drawing to where it goes in the brief's direction, and which way time runs (+1 or -1). */
function mirror(i18n: Translator): ((x: number) => number) & { sign: number } {
  const rtl = i18n.dir === 'rtl';
  return Object.assign((x: number) => (rtl ? W - x : x), { sign: rtl ? -1 : 1 });
}

/**
 * Every option on one axis from its period, and the key events of the
 * latest year numbered on an axis of their own below. Vector, text kept as
 * text, greys and outlines only, so it reads the same in greyscale print.
 * In a right-to-left language the figure is mirrored: labels on the right,
 * time running from right to left, text anchored by the SVG's own direction.
 */
export function timelineSvg(
  options: readonly OptionView[],
  events: readonly TimelineEvent[],
  i18n: Translator = createTranslator('en-GB'),
  from = 1945,
  to = TIMELINE_END,
): string {
  const flip = mirror(i18n);
  const x = (year: number) => flip(LABEL + ((Math.min(Math.max(year, from), to) - from) / (to - from)) * (W - LABEL - 10));
  const top = 10;
  const axisY = top + options.length * ROW + 6;
  const rows = options.map((o, i) => {
    const y = top + i * ROW;
    const start = x(yearOf(o.period.from));
    // At least 4 units long, in the direction time runs.
    const end = start + flip.sign * Math.max(4, flip.sign * (x(o.period.to ? yearOf(o.period.to) + 1 / 12 : to) - start));
    const open = o.period.to ? '' : `<path d="M${end} ${y + 3} l${flip.sign * 6} 5 l${-flip.sign * 6} 5 z" fill="#555"/>`;
    return `<text x="${flip(LABEL - 8)}" y="${y + 12}" text-anchor="end" font-size="11.5" ${FONT}>${escapeHtml(`${i18n.number(o.number)}. ${o.short_title}`)}</text>
<rect x="${Math.min(start, end)}" y="${y + 3}" width="${Math.abs(end - start)}" height="10" fill="#555" stroke="#222" stroke-width="0.5"/>${open}`;
  });
  const decades = [];
  for (let year = Math.ceil(from / 10) * 10; year <= to; year += 10) {
    decades.push(`<line x1="${x(year)}" y1="${top}" x2="${x(year)}" y2="${axisY}" stroke="#ccc" stroke-width="0.5"/>
<text x="${x(year)}" y="${axisY + 15}" text-anchor="middle" font-size="11.5" ${FONT}>${i18n.number(year)}</text>`);
  }
  const latest = events.length > 0 ? Math.floor(yearOf(events[0]!.date)) : undefined;
  // The events' own scale sits below the main one, a dashed rule between them: the two scales are not one axis.
  const insetY = axisY + 58;
  const inset = latest === undefined ? '' : `<line x1="0" y1="${axisY + 26}" x2="${W}" y2="${axisY + 26}" stroke="#888" stroke-width="0.75" stroke-dasharray="4 3"/>\n${eventsInset(events, latest, insetY, i18n)}`;
  const height = inset ? insetY + 48 : axisY + 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="100%"${i18n.dir === 'rtl' ? ' direction="rtl"' : ''} role="img" aria-label="${escapeHtml(timelineDescription(options, events, i18n, to - 1))}">
${decades.join('\n')}
<line x1="${flip(LABEL)}" y1="${axisY}" x2="${flip(W - 10)}" y2="${axisY}" stroke="#222" stroke-width="0.75"/>
${rows.join('\n')}
${inset}
</svg>`;
}

/** The events of one year on their own axis, numbered; the brief lists them with their sources. */
function eventsInset(events: readonly TimelineEvent[], year: number, y: number, i18n: Translator): string {
  const months = events.map((e) => yearOf(e.date) - year);
  const first = Math.max(0, Math.floor(Math.min(...months) * 12) / 12);
  const last = Math.min(1, Math.ceil(Math.max(...months) * 12 + 0.01) / 12);
  const flip = mirror(i18n);
  const x = (m: number) => flip(LABEL + ((m - first) / Math.max(last - first, 1 / 12)) * (W - LABEL - 30));
  const ticks = [];
  for (let m = Math.round(first * 12); m <= Math.round(last * 12); m++) {
    const name = new Date(Date.UTC(year, m, 1)).toLocaleString(i18n.lang, { month: 'short', timeZone: 'UTC' });
    ticks.push(`<text x="${x(m / 12)}" y="${y + 41}" text-anchor="middle" font-size="11.5" ${FONT}>${name}</text>`);
  }
  const marks = events.map((e, i) => {
    const cx = x(months[i]!);
    const cy = y + 14 - (i % 3) * 16;
    return `<circle cx="${cx}" cy="${cy}" r="7.5" fill="#fff" stroke="#222" stroke-width="0.75"/><text x="${cx}" y="${cy + 4}" text-anchor="middle" font-size="11" ${FONT}>${i18n.number(i + 1)}</text>`;
  });
  return `<text x="${flip(LABEL - 8)}" y="${y + 16}" text-anchor="end" font-size="11.5" font-weight="600" ${FONT}>${escapeHtml(i18n.t('timeline.key-events', { year }))}</text>
<line x1="${flip(LABEL)}" y1="${y + 24}" x2="${flip(W - 20)}" y2="${y + 24}" stroke="#222" stroke-width="0.75"/>
${ticks.join('\n')}
${marks.join('\n')}`;
}
