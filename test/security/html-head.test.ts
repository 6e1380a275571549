import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, defaultTreeAdapter as tree, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { BRIEF_POLICY, enforcePolicy } from '../../src/core/brief-policy.js';
import { runCli } from '../helpers/cli.js';
import { projectCopy } from '../helpers/fixtures.js';
import { readPdf } from '../helpers/pdf.js';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];
const elements = (node: Node): Element[] =>
  ('childNodes' in node ? node.childNodes : []).flatMap((c) => (tree.isElementNode(c) ? [c, ...elements(c)] : elements(c)));
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

/** The page as a browser with scripting off sees it: the head's first elements, and every meta refresh anywhere. */
function asParsed(html: string) {
  const all = elements(parse(html, { scriptingEnabled: false }));
  const head = all.find((e) => e.tagName === 'head')!;
  const first = head.childNodes.filter(tree.isElementNode).slice(0, 2) as Element[];
  return { first: first.map((e) => attr(e, 'charset') ?? attr(e, 'content')), refreshes: all.filter((e) => e.tagName === 'meta' && /refresh/i.test(attr(e, 'http-equiv') ?? '')).length };
}

const REFRESH = 'content="0;url=https://example.invalid/"';
const HOSTILE: Record<string, string> = {
  'a look-alike head in a comment': '<!doctype html><!-- <head> --><html><head><script>alert(1)</script></head><body>x</body></html>',
  'a script before the head': '<!doctype html><script>alert(1)</script><html><head></head><body>x</body></html>',
  'a <header> before the head': '<!doctype html><html><header>x</header><head><script>alert(1)</script></head><body>x</body></html>',
  'no head at all': '<script>alert(1)</script><p>x</p>',
  'a refresh spelt with a character reference': `<html><head><meta http-equiv="&#114;efresh" ${REFRESH}></head></html>`,
  'a refresh in capitals, unquoted': `<html><head><META HTTP-EQUIV=REFRESH ${REFRESH}></head></html>`,
  'a refresh with odd punctuation': `<html><head><meta http-equiv=refresh/ ${REFRESH}></head></html>`,
  'a refresh inside <noscript>, live when printing with script off': `<html><head><noscript><meta http-equiv="refresh" ${REFRESH}></noscript></head></html>`,
  'a refresh in the body': `<html><head></head><body><p><meta http-equiv=" Refresh " ${REFRESH}></p></body></html>`,
  'a refresh after a body look-alike in the title': `<!doctype html><html><head><title><body></title><meta http-equiv=refresh ${REFRESH}></head><body>x</body></html>`,
  'a refresh whose attribute holds a body look-alike': `<html><head><meta content="<body>" http-equiv=refresh ${REFRESH.replace('content', 'data-x')}></head></html>`,
  'a script before the head, after a body look-alike in a comment': '<!doctype html><!-- <body> --><script>alert(1)</script><html><head></head><body>x</body></html>',
  'a refresh after a body look-alike in a style': `<html><head><style>/* <body> */</style></head><body><meta http-equiv=refresh ${REFRESH}></body></html>`,
};

describe("the brief's head is the tool's", () => {
  for (const [name, page] of Object.entries(HOSTILE)) {
    it(`charset and policy come first, and no refresh survives: ${name}`, () => {
      expect(asParsed(enforcePolicy(page))).toEqual({ first: ['utf-8', BRIEF_POLICY], refreshes: 0 });
    });
  }

  it('keeps a well-formed page as written, but for the two metas', () => {
    const page = '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Brief&#x27;s</title>\n</head>\n<body><p>A&#x27;b</p></body>\n</html>\n';
    expect(enforcePolicy(page)).toBe(
      `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${BRIEF_POLICY}">\n\n<title>Brief&#x27;s</title>\n</head>\n<body><p>A&#x27;b</p></body>\n</html>\n`,
    );
  });

  it('cuts inlined files out of what it parses, and edits the page as written at the right offsets', () => {
    const font = (n: number) => `<style>@font-face{src:url(data:font/woff2;base64,${'QUJD+/09'.repeat(n)})}</style>`;
    const refresh = `<meta http-equiv="refresh" ${REFRESH}>`;
    const page = `<!doctype html><html><head>${font(40)}<title>T</title>${font(100)}${refresh}<meta name="x" content="data:a;base64,${'Zm9v'.repeat(30)}">${refresh}</head><body>${font(50)}<p>x</p></body></html>`;
    const expected = page.replace(refresh, '').replace(refresh, '').replace('<head>', `<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${BRIEF_POLICY}">`);
    expect(enforcePolicy(page)).toBe(expected);
    // A refresh hidden in the body after an inlined file is still found.
    const hidden = page.replace('<p>x</p>', `<p>x</p>${font(70)}${refresh}`);
    expect(asParsed(enforcePolicy(hidden))).toEqual({ first: ['utf-8', BRIEF_POLICY], refreshes: 0 });
  });

  it('a template set whose layout refreshes still prints its brief, and the HTML carries no refresh', async () => {
    const dir = projectCopy();
    const set = join(dir, 'templates', 'probe');
    mkdirSync(set, { recursive: true });
    writeFileSync(join(set, 'template.yaml'), 'name: probe\ndescription: A probe.\nbase: analyst\n');
    const layout = readFileSync(join(import.meta.dirname, '..', '..', 'templates', 'analyst', 'layout.hbs'), 'utf8');
    writeFileSync(join(set, 'layout.hbs'), layout.replace('<!doctype html>', `<!doctype html><!-- <head> --><meta http-equiv="&#82;efresh" content="0;url=about:blank">`));
    const { code, stderr } = await runCli('-C', dir, 'build', '--audience', 'probe');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const html = readFileSync(join(dir, 'output', 'sample', 'probe.html'), 'utf8');
    expect(asParsed(html)).toEqual({ first: ['utf-8', BRIEF_POLICY], refreshes: 0 });
    const pdf = await readPdf(join(dir, 'output', 'sample', 'probe.pdf'));
    expect(pdf.pageTexts.join(' ')).toContain('The Alpha plan');
  }, 120_000);
});
