import { describe, expect, it } from 'vitest';
import type { OptionView } from '../../../src/model/brief-model.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { timelineSvg, yearOf } from '../../../src/render/figures/timeline-svg.js';

const option = (number: number, short_title: string, from: string, to: string | null) => ({ number, short_title, period: { from, to } }) as OptionView;

describe('timelineSvg', () => {
  it('reads partial dates as fractions of a year', () => {
    expect(yearOf('1950')).toBe(1950);
    expect(yearOf('1950-07')).toBeCloseTo(1950.5);
    expect(yearOf('2025-05-10')).toBeCloseTo(2025 + 4 / 12 + 9 / 365);
  });

  it('draws a labelled bar per option, an arrow for one still open, and numbered events', () => {
    const svg = timelineSvg([option(1, 'Dixon plan', '1950-03', '1950-09'), option(2, 'Water & <treaty>', '1960-09-19', null)], [
      { date: '2025-04-22', label: 'Attack' },
      { date: '2025-05-10', label: 'Ceasefire' },
    ]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('>1. Dixon plan</text>');
    expect(svg).toContain('>2. Water &amp; &lt;treaty&gt;</text>');
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toContain('>Key events of 2025</text>');
    expect(svg).toMatch(/<circle[^>]*\/><text[^>]*>1<\/text>[^]*<circle[^>]*\/><text[^>]*>2<\/text>/);
    expect(svg).toContain('>Apr</text>');
    expect(svg).toContain('>May</text>');
  });

  it('draws no events axis when there are no events', () => {
    expect(timelineSvg([option(1, 'A', '2000', '2001')], [])).not.toContain('Key events');
  });

  it('mirrors in a right-to-left language: labels on the right, time running from right to left', () => {
    const options = [option(1, 'Dixon plan', '1950-03', '1950-09'), option(2, 'Treaty', '1960-09-19', null)];
    const keyEvents = [{ date: '2025-04-22', label: 'Attack' }, { date: '2025-05-10', label: 'Ceasefire' }];
    const xOf = (svg: string, text: string) => Number(new RegExp(`<text x="([\\d.]+)"[^>]*>${text}</text>`).exec(svg)?.[1]);
    const ltr = timelineSvg(options, keyEvents);
    const rtl = timelineSvg(options, keyEvents, createTranslator('ur'));
    expect(rtl).toMatch(/^<svg [^>]*direction="rtl"/);
    expect(ltr).not.toContain('direction=');
    // Every x mirrored about the middle of the 680-wide drawing.
    for (const text of ['1950', '2020', '1\\. Dixon plan']) {
      expect(xOf(ltr, text), text).toBeGreaterThan(0);
      expect(xOf(rtl, text), text).toBeCloseTo(680 - xOf(ltr, text));
    }
    expect(xOf(rtl, '1950')).toBeGreaterThan(xOf(rtl, '2020'));
    const events = (svg: string) => [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map(([, x]) => Number(x));
    expect(events(rtl)).toHaveLength(2);
    events(rtl).forEach((x, i) => expect(x).toBeCloseTo(680 - events(ltr)[i]!));
    // The open period's arrow points the way time runs: left.
    expect(rtl).toMatch(/<path d="M[\d.]+ [\d.]+ l-6 5 l6 5 z"/);
    const bars = (svg: string) => [...svg.matchAll(/<rect x="([\d.]+)"[^>]* width="([\d.]+)"/g)].map(([, x, w]) => [Number(x), Number(w)]);
    bars(rtl).forEach(([x, w], i) => expect(x! + w!).toBeCloseTo(680 - bars(ltr)[i]![0]!));
  });
});
