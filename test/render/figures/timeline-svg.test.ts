import { describe, expect, it } from 'vitest';
import type { OptionView } from '../../../src/model/brief-model.js';
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
});
