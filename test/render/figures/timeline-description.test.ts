import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator.js';
import { BUILT_IN_LANGUAGES } from '../../../src/i18n/catalogues.js';
import { timelineDescription, timelineSources, timelineYears, type TimelineOption } from '../../../src/render/figures/timeline-description.js';

const option = (number: number, short_title: string, from: string, to: string | null, timeline: { date: string; sources: string[] }[] = []): TimelineOption => ({
  number,
  short_title,
  period: { from, to },
  timeline,
});

const options = [
  option(1, 'Dixon plan', '1950-03', '1950-09', [
    { date: '1950-03-14', sources: ['un-1950'] },
    { date: '1950-06-01', sources: ['middle'] },
    { date: '1950-09-15', sources: ['dixon-report'] },
    { date: '1951-03-30', sources: ['later'] },
  ]),
  option(2, 'Treaty', '1960-09-19', null, [
    { date: '1960-09-19', sources: ['treaty'] },
    { date: '2025-04-23', sources: ['abeyance', 'un-1950'] },
  ]),
];
const events = [
  { date: '2025-04-22', label: 'Attack', sources: ['news-1'] },
  { date: '2025-05-10', label: 'Ceasefire', sources: ['news-2', 'treaty'] },
];

describe('the timeline in words', () => {
  it("says each option's span, which are open, and the numbered key events with their dates", () => {
    expect(timelineDescription(options, events, createTranslator('en-GB'), 2025)).toBe(
      'Timeline of the options, 1950 to 2025, a bar for each: 1. Dixon plan, in 1950; 2. Treaty, from 1960, still open. ' +
        'Below it, on a scale of its own, the key events of 2025: (1) 22 April 2025: Attack; (2) 10 May 2025: Ceasefire.',
    );
    expect(timelineDescription([option(1, 'Talks', '1962-11', '1963-05')], [], createTranslator('en-GB'), 2025)).toBe(
      'Timeline of the options, 1962 to 2025, a bar for each: 1. Talks, 1962 to 1963.',
    );
  });

  it('says it in the language of the brief, in its digits, in every shipped catalogue', () => {
    const arabic = timelineDescription(options, events, createTranslator('ar-EG'), 2025);
    expect(arabic).toContain('١٩٥٠');
    expect(arabic).not.toMatch(/Timeline|Below|still open/);
    for (const lang of BUILT_IN_LANGUAGES) {
      const text = timelineDescription(options, events, createTranslator(lang), 2025);
      expect(text, lang).not.toMatch(/\{[a-z]+\}/);
      expect(text, lang).toContain('Dixon plan');
      expect(text, lang).toContain('Ceasefire');
    }
  });

  it("cites the sources of the events nearest each period's ends (the latest for an open one), then the key events', each once", () => {
    expect(timelineSources(options, events)).toEqual(['un-1950', 'dixon-report', 'treaty', 'abeyance', 'news-1', 'news-2']);
    expect(timelineSources([option(1, 'No events', '2000', '2001')], [])).toEqual([]);
  });

  it('gives the years the figure covers and the year of its key events', () => {
    expect(timelineYears(options, events, 2025)).toEqual({ from: 1950, to: 2025, events: 2025 });
    expect(timelineYears(options, [], 2025)).toEqual({ from: 1950, to: 2025, events: null });
  });
});
