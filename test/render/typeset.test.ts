import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/render/typeset.js';

describe('typesetting a brief', () => {
  it('makes typed quotes typographic in the text, opening and closing by their place', () => {
    expect(typeset(`<p>The "bulk" of India's forces, 'in abeyance'.</p><p>"Start" <em>"in"</em> (x's)</p>`)).toBe(
      '<p>The \u201cbulk\u201d of India\u2019s forces, \u2018in abeyance\u2019.</p><p>\u201cStart\u201d <em>\u201cin\u201d</em> (x\u2019s)</p>',
    );
  });

  it('reads escaped quotes as quotes, and leaves tags, attributes and styles alone', () => {
    const html = `<style>a[x="1"]::before { content: 'x'; }</style><h4 data-bookmark="a'b">the authors&#x27; &quot;view&quot;</h4>`;
    expect(typeset(html)).toBe(`<style>a[x="1"]::before { content: 'x'; }</style><h4 data-bookmark="a'b">the authors\u2019 \u201cview\u201d</h4>`);
  });

  it('binds each citation marker to the word before it', () => {
    expect(typeset('<li>It stalled.\n  <span class="cite">[3]</span></li>')).toBe('<li>It stalled.\u00a0<span class="cite">[3]</span></li>');
  });
});
