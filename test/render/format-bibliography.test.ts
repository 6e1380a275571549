import { describe, expect, it } from 'vitest';
import { formatBibliography, toCsl } from '../../src/render/format-bibliography.js';

describe('formatBibliography', () => {
  it('formats each entry in the Vancouver style, in the order given, with URLs as links', () => {
    const entries = formatBibliography([
      { id: 'coll', title: 'The Back Channel', author: 'Steve Coll', publisher: 'The New Yorker', date: '2009-03-02', kind: 'journal-article' },
      { id: 's1791', title: 'Report of the UN Representative', author: 'Sir Owen Dixon', publisher: 'United Nations Security Council', document: 'S/1791', date: '1950-09-15', url: 'https://undocs.org/S/1791', accessed: '2025-06-01', kind: 'un-document' },
    ]);
    expect(entries).toEqual([
      'Steve Coll. The Back Channel. The New Yorker. 2009 Mar 2;',
      'Sir Owen Dixon. Report of the UN Representative [Internet]. United Nations Security Council; 1950 Sep [cited 2025 Jun 1]. Report No.: S/1791. Available from: <a href="https://undocs.org/S/1791">https://undocs.org/S/1791</a>',
    ]);
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
    expect(toCsl({ id: 'b', title: 'Simla Agreement', date: '1972-07-02', kind: 'treaty' }).type).toBe('treaty');
  });
});
