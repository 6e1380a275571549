import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBibliography, toCsl } from '../../src/render/format-bibliography.js';
import type { Source } from '../../src/schema/source.js';
import { tempDir } from '../helpers/fixtures.js';

const COLL: Source = { id: 'coll', title: 'The Back Channel', author: 'Steve Coll', publisher: 'The New Yorker', date: '2009-03-02', url: 'https://www.newyorker.com/magazine/2009/03/02/the-back-channel', accessed: '2026-12-02', kind: 'journal-article' };
const S1791: Source = { id: 's1791', title: 'Report of the UN Representative', author: 'Sir Owen Dixon', publisher: 'United Nations Security Council', document: 'S/1791', date: '1950-09-15', url: 'https://undocs.org/S/1791', accessed: '2025-06-01', kind: 'un-document' };
const SCR47: Source = { id: 'scr47', title: 'Resolution 47 (1948)', publisher: 'UN Security Council', document: 'S/RES/47', date: '1948-04-21', kind: 'un-document' };
const SIMLA: Source = { id: 'simla', title: 'Agreement on Bilateral Relations (Simla Agreement)', publisher: 'India and Pakistan', date: '1972-07-02', kind: 'treaty' };
const FRUS: Source = { id: 'frus', title: 'The Ambassador in India (Henderson) to the Secretary of State', publisher: 'Office of the Historian, U.S. Department of State', document: 'FRUS 1950, vol. V, doc. 797', date: '1950-07-29', kind: 'government-record' };
const STATEMENT: Source = { id: 'st', title: 'Joint Press Statement', publisher: 'Governments of India and Pakistan', date: '2015-12-09', kind: 'official-statement' };
const REPORT: Source = { id: 'ksg', title: 'Kashmir: A Way Forward', author: 'Kashmir Study Group', date: '1998-12', kind: 'report' };
const BOOK: Source = { id: 'korbel', title: 'Danger in Kashmir', author: 'Josef Korbel', publisher: 'Princeton University Press', date: '1954', kind: 'book' };
const OP_ED: Source = { id: 'oped', title: 'Is this the end?', author: 'A. Writer', publisher: 'Dawn', date: '2025-06-04', kind: 'op-ed' };

describe('formatBibliography in the policy-brief style', () => {
  it('gives each kind of source the form policy and legal writing uses, in the order given, URLs as links', () => {
    expect(formatBibliography([SCR47, S1791, SIMLA, FRUS, STATEMENT, COLL, REPORT, BOOK, OP_ED], 'en-GB')).toEqual([
      'UN Security Council, Resolution 47 (1948), S/RES/47, 21 April 1948.',
      'Sir Owen Dixon, Report of the UN Representative, United Nations Security Council, S/1791, 15 September 1950. Accessed 1 June 2025. <a href="https://undocs.org/S/1791">https://undocs.org/S/1791</a>.',
      'Agreement on Bilateral Relations (Simla Agreement), India and Pakistan, 2 July 1972.',
      '“The Ambassador in India (Henderson) to the Secretary of State.” 29 July 1950. FRUS 1950, vol. V, doc. 797. Office of the Historian, U.S. Department of State.',
      'Governments of India and Pakistan, Joint Press Statement, 9 December 2015.',
      'Steve Coll. “The Back Channel.” <i>The New Yorker</i>, 2 March 2009. Accessed 2 December 2026. <a href="https://www.newyorker.com/magazine/2009/03/02/the-back-channel">https://www.newyorker.com/magazine/2009/03/02/the-back-channel</a>.',
      'Kashmir Study Group. <i>Kashmir: A Way Forward</i>. December 1998.',
      'Josef Korbel. <i>Danger in Kashmir</i>. Princeton University Press, 1954.',
      // A title's own question mark closes it: no full stop doubles it.
      'A. Writer. “Is this the end?” <i>Dawn</i>, 4 June 2025.',
    ]);
  });

  it('prints none of the medical style\'s words and no doubled or stray punctuation', () => {
    const text = formatBibliography([SCR47, S1791, SIMLA, FRUS, STATEMENT, COLL, REPORT, BOOK, OP_ED]).join('\n');
    expect(text).not.toMatch(/\[Internet\]|Available from|Report No|\[cited/);
    expect(text).not.toMatch(/[.,;:]{2}|;\s*$|\(\s*\)|\s[.,]/m);
  });

  it('writes its words and months in the language\'s CSL locale: the bundled French, our Urdu', () => {
    const [french] = formatBibliography([S1791], 'fr-FR');
    expect(french).toContain('15 septembre 1950. Consulté le 1 juin 2025.');
    const [urdu] = formatBibliography([S1791], 'ur');
    expect(urdu).toContain('15 ستمبر 1950. اخذ شدہ بتاریخ 1 جون 2025.');
    const [hindi] = formatBibliography([S1791], 'hi');
    expect(hindi).toContain('15 सितंबर 1950. अभिगमन तिथि 1 जून 2025.');
  });

  it('formats in another bundled style by name, with its terms in the locale', () => {
    const [vancouver] = formatBibliography([S1791], 'en-US', 'vancouver');
    expect(vancouver).toBe('Sir Owen Dixon. Report of the UN Representative [Internet]. United Nations Security Council; 1950 [cited 2025 Jun 1]. Available from: <a href="https://undocs.org/S/1791">https://undocs.org/S/1791</a>');
    const [urdu] = formatBibliography([S1791], 'ur', 'vancouver');
    expect(urdu).toContain('[انٹرنیٹ]');
    expect(urdu).not.toContain('[Internet]');
    expect(formatBibliography([BOOK], 'en-US', 'apa')[0]).toBe('Josef Korbel. (1954). <i>Danger in Kashmir</i>. Princeton University Press.');
  });

  it('formats in a style from a .csl file', () => {
    const file = join(tempDir(), 'titles-only.csl');
    writeFileSync(file, `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Titles only</title><id>titles-only</id><updated>2026-12-02T00:00:00+00:00</updated></info>
  <citation><layout><text variable="citation-number"/></layout></citation>
  <bibliography><layout suffix="!"><text variable="title" text-case="uppercase"/></layout></bibliography>
</style>`);
    expect(formatBibliography([BOOK], 'en-GB', file)).toEqual(['DANGER IN KASHMIR!']);
  });

  it('keeps markup out of the entries', () => {
    const [entry] = formatBibliography([{ id: 'x', title: '<script>alert(1)</script><img src=x onerror=alert(1)>Title', kind: 'book' }]);
    expect(entry).not.toMatch(/<script|<img/);
    expect(entry).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('maps registry kinds to CSL types, authors as literal names', () => {
    expect(toCsl({ id: 'a', title: 'T', author: ['A. Author', 'B. Author'], publisher: 'Dawn', date: '2015-12', kind: 'news' })).toEqual({
      id: 'a',
      type: 'article-newspaper',
      title: 'T',
      author: [{ literal: 'A. Author' }, { literal: 'B. Author' }],
      'container-title': 'Dawn',
      issued: { 'date-parts': [[2015, 12]] },
    });
    expect(toCsl(SIMLA).type).toBe('treaty');
    expect(toCsl(S1791)).toMatchObject({ type: 'document', number: 'S/1791' });
    expect(toCsl(FRUS)).toMatchObject({ type: 'report', number: 'FRUS 1950, vol. V, doc. 797' });
  });
});
