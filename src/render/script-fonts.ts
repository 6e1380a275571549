import { createRequire } from 'node:module';
import { readDataUri } from '../core/data-uri.js';

const require = createRequire(import.meta.url);

/** A script the bundled Source fonts cannot set, and the Noto family that can. */
interface ScriptFont {
  script: string;
  /** Any character of the script. */
  test: RegExp;
  unicodeRange: string;
  /** The family for a language: Urdu is written in Nastaliq, Arabic and Persian in Naskh. */
  family: (lang: string) => { name: string; file: (weight: 400 | 700) => string; lineHeight?: number; handoutLineHeight?: number; roomAbove?: number };
}

const nastaliq = {
  name: 'Noto Nastaliq Urdu',
  file: (w: number) => `@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-${w}-normal.woff2`,
  // Nastaliq's letters climb and fall far beyond Latin ones: lines this tall keep them apart, and keep the strokes of a page's first line off the foot of the page before.
  lineHeight: 2.2,
  // A handout is one page by design, so no line of it meets a page break: it may be set tighter, and still fits.
  handoutLineHeight: 1.75,
  // Taller than any line: the strokes of کگ rise above the first line of a block. At the top of a page they would print at the foot of the one before.
  roomAbove: 0.45,
};
const naskh = { name: 'Noto Naskh Arabic', file: (w: number) => `@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${w}-normal.woff2`, lineHeight: 1.7 };
const devanagari = {
  name: 'Noto Sans Devanagari',
  file: (w: number) => `@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-${w}-normal.woff2`,
  lineHeight: 1.6,
};

const ARABIC_RANGE = 'U+0600-06FF,U+0750-077F,U+0870-08FF,U+200C-200F,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FEFC';
const SCRIPTS: readonly ScriptFont[] = [
  {
    script: 'Arabic',
    test: /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/,
    unicodeRange: ARABIC_RANGE,
    family: (lang) => (/^(ur|ks|pa-Arab|skr)\b/i.test(lang) ? nastaliq : naskh),
  },
  { script: 'Devanagari', test: /[\u0900-\u097F\uA8E0-\uA8FF]/, unicodeRange: 'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+25CC,U+A830-A839,U+A8E0-A8FF', family: () => devanagari },
];

const dataUris = new Map<string, string>();
function fontUri(file: string): string {
  let uri = dataUris.get(file);
  if (uri === undefined) dataUris.set(file, (uri = readDataUri(require.resolve(file)) ?? ''));
  return uri;
}

/** The text a reader sees of a page, roughly: what decides which scripts it needs. */
const visibleText = (html: string) => html.replace(/<style\b[^]*?<\/style>/gi, '').replace(/<[^>]*>/g, ' ');

/**
 * The fonts a brief needs beyond the bundled Latin ones, as CSS to add to its
 * head: for each script its text uses, the Noto family's regular and bold
 * faces inlined, put first in the `--serif` and `--sans` stacks, the page
 * furniture and the figures, with lines tall enough for it. Empty for a
 * brief in Latin script alone, so an English brief carries no extra byte.
 */
export function scriptFontCss(html: string, lang: string): string {
  // A page with no such character in its body (its head is mostly inlined fonts) needs no font, and no look at what a reader sees of it.
  const body = html.search(/<body\b/i);
  const present = SCRIPTS.filter((s) => s.test.test(body < 0 ? html : html.slice(body)));
  if (present.length === 0) return '';
  const text = visibleText(html);
  const used = present.filter((s) => s.test.test(text)).map((s) => ({ ...s, font: s.family(lang) }));
  if (used.length === 0) return '';
  const faces = used.flatMap(({ font, unicodeRange }) =>
    ([400, 700] as const).map(
      (weight) =>
        `@font-face { font-family: '${font.name}'; font-style: normal; font-weight: ${weight}; font-display: block; src: url("${fontUri(font.file(weight))}") format('woff2'); unicode-range: ${unicodeRange}; }`,
    ),
  );
  const families = used.map(({ font }) => `'${font.name}'`).join(', ');
  const lineHeight = Math.max(...used.map(({ font }) => font.lineHeight ?? 1.45));
  const handoutLineHeight = Math.max(...used.map(({ font }) => font.handoutLineHeight ?? font.lineHeight ?? 1.45));
  const roomAbove = Math.max(...used.map(({ font }) => font.roomAbove ?? 0));
  return [
    ...faces,
    `:root { --serif: 'Source Serif 4', ${families}, 'DejaVu Serif', serif; --sans: 'Source Sans 3', ${families}, 'DejaVu Sans', sans-serif; }`,
    `@page { @top-left { font-family: 'Source Sans 3', ${families}, sans-serif; } @top-right { font-family: 'Source Sans 3', ${families}, sans-serif; } @bottom-left { font-family: 'Source Sans 3', ${families}, sans-serif; } @bottom-right { font-family: 'Source Sans 3', ${families}, sans-serif; } @bottom-center { font-family: 'Source Sans 3', ${families}, sans-serif; } }`,
    `svg text { font-family: var(--sans); }`,
    `html, body, p, li, dd, dt, td, th, figcaption, blockquote, .source-list { line-height: ${lineHeight}; }`,
    `h1, h2, h3, h4, h5, h6 { line-height: ${Math.max(1.2, lineHeight - 0.3)}; }`,
    // A handout's lines are closer only on paper, to keep it to its page; on a screen it has the room it needs.
    ...(handoutLineHeight < lineHeight
      ? [
          `@media print { body.handout, body.handout :is(p, li, dd, dt, td, th, figcaption, blockquote, .source-list) { line-height: ${handoutLineHeight}; }`,
          `body.handout :is(h1, h2, h3, h4, h5, h6) { line-height: ${Math.max(1.2, handoutLineHeight - 0.3)}; } }`,
        ]
      : []),
    // A heading or header at the top of a page: room above it for the tallest letters, which would otherwise print on the page before.
    // (A header's small type is given the room of the body's.)
    ...(roomAbove > 0 ? [`h1, h2 { padding-block-start: ${roomAbove}em; }`, `header { padding-block-start: ${roomAbove * 1.5}rem; }`] : []),
  ].join('\n');
}
