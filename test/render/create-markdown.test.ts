import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/render/create-markdown.js';

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
