import { describe, expect, it } from 'vitest';
import { createMarkdown, type ConvertedText, type MarkdownMemo } from '../../src/render/create-markdown.js';

const markdown = createMarkdown({
  citationNumber: (id) => ({ 'un-s1791': 3, frus: 5 })[id] ?? 0,
  imageDataUri: () => undefined,
});

describe('Markdown fields', () => {
  it('render ordinary Markdown', () => {
    expect(markdown.block('Some **bold** and a [link](https://example.org).')).toBe(
      '<p>Some <strong>bold</strong> and a <a href="https://example.org">link</a>.</p>\n',
    );
  });

  it('turn inline citations into numbered links to the sources list', () => {
    expect(markdown.inline('A fact [@un-s1791; @frus].')).toBe(
      'A fact <span class="cite">[<a href="#source-3">3</a>, <a href="#source-5">5</a>]</span>.',
    );
  });

  it.each([
    ['a script element', 'Hello <script>alert(1)</script> world'],
    ['an event attribute', '<img src="x" onerror="alert(1)">'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a data:text/html link', '[click](data:text/html;base64,PHNjcmlwdD4=)'],
    ['an iframe', '<iframe src="https://example.org"></iframe>'],
    ['a form', '<form action="https://example.org"><input name="q"></form>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.org">'],
    ['a style element', '<style>body { background: url(https://example.org/x.png) }</style>'],
    ['a remote image', '![tracker](https://example.org/pixel.png)'],
  ])('strip %s', (_, input) => {
    const html = markdown.block(input);
    expect(html).not.toMatch(/<script|onerror|javascript:|data:text|<iframe|<form|<input|<meta|<style|example\.org\/pixel/i);
  });

  it('keep the text around what they strip', () => {
    expect(markdown.block('Hello <script>alert(1)</script> world')).toBe('<p>Hello  world</p>\n');
  });
});

describe('Markdown converted once for every brief of a build', () => {
  /** A brief's numbering: each source gets the next number at its first citation, as CitationOrder gives them. */
  const brief = (memo?: MarkdownMemo, seen: string[] = []) => {
    const numbers = new Map<string, number>();
    const md = createMarkdown(
      {
        citationNumber: (id) => {
          if (id === 'missing') throw new Error('no source "missing"');
          seen.push(id);
          if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
          return numbers.get(id)!;
        },
        imageDataUri: () => 'data:image/png;base64,AAAA',
      },
      memo,
    );
    return { md, numbers };
  };
  const texts = [
    'First [@b], then [@a; @b]. A [link](https://example.org) and *more* [@c].',
    'In a script: <script>[@d]</script> and after it [@e].',
    'A [link that cites [@f]](https://example.org) and [@g].',
    'An image ![dot](dot.png) and [@h].',
    '',
  ];

  it('gives each brief the HTML and the numbers it gets without the memo, in the order it cites', () => {
    const memo = new Map<string, ConvertedText>();
    for (const order of [texts, [...texts].reverse(), texts]) {
      const direct = brief();
      const kept = brief(memo);
      for (const text of order) {
        expect(kept.md.block(text)).toBe(direct.md.block(text));
        expect(kept.md.inline(text)).toBe(direct.md.inline(text));
      }
      expect([...kept.numbers]).toEqual([...direct.numbers]);
    }
    // Texts without an image or a citation inside a link are kept; those are converted each time.
    expect([...memo.values()].filter((c) => !c.direct).length).toBe(6);
    expect(memo.get('block:First [@b], then [@a; @b]. A [link](https://example.org) and *more* [@c].')?.html).toContain('\uE000');
  });

  it('fails on an unknown source as converting it directly does', () => {
    const memo = new Map<string, ConvertedText>();
    const text = 'Known [@a] and unknown [@missing].';
    const direct = (() => {
      try {
        return brief().md.block(text);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    const kept = (() => {
      try {
        return brief(memo).md.block(text);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(direct).toMatch(/no source "missing"/);
    expect(kept).toBe(direct);
  });
});
