import type { OptionView } from '../../model/brief-model.js';
import type { Translator } from '../../i18n/translator.js';
import { formatDate } from '../format-date.js';
import { yearOf } from './year-of.js';

/** What the timeline needs of an option: its number, short title, period and dated events. */
export type TimelineOption = Pick<OptionView, 'number' | 'short_title' | 'period'> & { timeline?: readonly { date: string; sources: readonly string[] }[] | null };

/** What it needs of a key event. */
export interface KeyEvent {
  date: string;
  label: string;
  sources?: readonly string[];
}

const year = (date: string) => Math.floor(yearOf(date));

/** The years the figure covers: the first option's start to the figure's last year, and the year of the key events (null without any). */
export function timelineYears(options: readonly TimelineOption[], events: readonly KeyEvent[], lastYear: number): { from: number; to: number; events: number | null } {
  const starts = options.map((o) => year(o.period.from));
  return { from: starts.length > 0 ? Math.min(...starts) : lastYear, to: lastYear, events: events.length > 0 ? year(events[0]!.date) : null };
}

/** One option's bar in words: "2. Dixon plan, 1950", "1. UN resolutions, 1948–1957", or open, "from 1960, still open". */
function span(o: TimelineOption, i18n: Translator): string {
  const title = `${i18n.number(o.number)}. ${o.short_title}`;
  const from = year(o.period.from);
  if (!o.period.to) return i18n.t('timeline.alt-open', { title, from });
  const to = year(o.period.to);
  return to === from ? i18n.t('timeline.alt-year', { title, year: from }) : i18n.t('timeline.alt-span', { title, from, to });
}

/**
 * What the figure shows, in words, for a reader who cannot see it: every
 * option's span and whether it is still open, then the numbered key events
 * with their dates. The figure's accessible name in HTML and PDF, and its
 * description in Word.
 */
export function timelineDescription(options: readonly TimelineOption[], events: readonly KeyEvent[], i18n: Translator, lastYear: number): string {
  const separator = i18n.t('figure.list-separator');
  const { from, to } = timelineYears(options, events, lastYear);
  const bars = i18n.t('timeline.alt', { from, to, spans: options.map((o) => span(o, i18n)).join(separator) });
  if (events.length === 0) return bars;
  const listed = events.map((e, i) => i18n.t('timeline.alt-event', { number: i + 1, date: formatDate(e.date, i18n.lang), label: e.label }));
  return `${bars} ${i18n.t('timeline.alt-events', { year: year(events[0]!.date), events: listed.join(separator) })}`;
}

/** The event of `timeline` nearest to `date`: the one a period's end was read from. */
function nearest<E extends { date: string }>(timeline: readonly E[], date: string): E | undefined {
  const at = yearOf(date);
  return timeline.reduce<E | undefined>((best, e) => (best && Math.abs(yearOf(best.date) - at) <= Math.abs(yearOf(e.date) - at) ? best : e), undefined);
}

/**
 * The sources the figure's dates come from: for each option, those of the
 * events of its timeline nearest its period's start and end (for a period
 * still open, its latest event, which shows it open), then those of the key
 * events. Each once, in that order.
 */
export function timelineSources(options: readonly TimelineOption[], events: readonly KeyEvent[]): string[] {
  const ends = options.flatMap((o) => {
    const timeline = o.timeline ?? [];
    return [nearest(timeline, o.period.from), o.period.to ? nearest(timeline, o.period.to) : timeline.at(-1)];
  });
  return [...new Set([...ends, ...events].flatMap((e) => e?.sources ?? []))];
}
