import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type CSL from 'citeproc';
import type { CslItem } from 'citeproc';
import { CSL_DIR, DEFAULT_CITATION_STYLE, type CitationStyle } from '../load/citation-style.js';
import type { Source } from '../schema/source.js';
import { sanitize } from './sanitize.js';
import { escapeHtml } from './escape-html.js';

// Required rather than imported, and only when a sources list is first formatted: importing the CommonJS
// citation processor from ESM costs several times as much, and the style and locale tables are large.
const require = createRequire(import.meta.url);
let loaded: { CSL: typeof CSL; STYLES: Record<string, string>; LOCALES: Record<string, string> } | undefined;
const citeproc = () =>
  (loaded ??= {
    CSL: require('citeproc') as typeof CSL,
    STYLES: {
      ...(require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>),
      [DEFAULT_CITATION_STYLE]: readFileSync(join(CSL_DIR, `${DEFAULT_CITATION_STYLE}.csl`), 'utf8'),
    },
    // The package's locales, and ours for languages it has none for (csl/locales/): their terms, over en-US.
    LOCALES: {
      ...(require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>),
      ...Object.fromEntries(
        readdirSync(join(CSL_DIR, 'locales'))
          .filter((name) => /^locales-[A-Za-z-]+\.xml$/.test(name))
          .map((name) => [name.slice('locales-'.length, -'.xml'.length), readFileSync(join(CSL_DIR, 'locales', name), 'utf8')]),
      ),
    },
  });

/** A style's XML: a bundled one by name, or a `.csl` file by its absolute path (checked when the pack or set was validated). */
export const citationStyleText = (style: CitationStyle): string => citeproc().STYLES[style] ?? readFileSync(style, 'utf8');

/**
 * Each kind of source as the CSL type whose form fits it. UN documents,
 * official statements and other papers are CSL's generic `document` (issuing
 * body, title, symbol, date); a government record in a published series is a
 * `report` with its number (FRUS 1950, vol. V, doc. 797).
 */
const CSL_TYPES: Record<Source['kind'], string> = {
  'un-document': 'document',
  'official-statement': 'document',
  'government-record': 'report',
  treaty: 'treaty',
  book: 'book',
  'journal-article': 'article-magazine',
  news: 'article-newspaper',
  'op-ed': 'article-newspaper',
  interview: 'interview',
  report: 'report',
  other: 'document',
};

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

/** A registry source as CSL-JSON, the input of every CSL processor. */
export function toCsl(source: Source): CslItem {
  const inPeriodical = ['article-magazine', 'article-newspaper'].includes(CSL_TYPES[source.kind]);
  return {
    id: source.id,
    type: CSL_TYPES[source.kind],
    title: source.title,
    ...(source.author ? { author: [source.author].flat().map((literal) => ({ literal })) } : {}),
    ...(source.publisher ? (inPeriodical ? { 'container-title': source.publisher } : { publisher: source.publisher }) : {}),
    ...(source.document ? { number: source.document } : {}),
    ...(source.date ? { issued: dateParts(source.date) } : {}),
    ...(source.accessed ? { accessed: dateParts(source.accessed) } : {}),
    ...(source.url ? { URL: source.url } : {}),
  };
}

/**
 * The CSL locale a brief's sources list is written in: the pack's language
 * where a locale for it is bundled (`fr` finds `fr-FR`, `ur` our `ur-PK`),
 * otherwise `en-US`, the stated fallback: a style's terms ("accessed",
 * "Available from") stay English for a language with no locale.
 */
export function citationLocale(lang: string, bundled: readonly string[] = Object.keys(citeproc().LOCALES)): string {
  const lower = lang.toLowerCase();
  return (
    bundled.find((tag) => tag.toLowerCase() === lower) ??
    bundled.find((tag) => tag.toLowerCase().split('-')[0] === lower.split('-')[0]) ??
    'en-US'
  );
}

/**
 * The sources of one brief, in citation order, each as an HTML entry in
 * `style` (a bundled name or a `.csl` file's path; `policy-brief` unless a
 * pack or set chose another) and the CSL locale of `lang` (see
 * `citationLocale`), formatted by citeproc-js with an engine of its own.
 * URLs become links; the result is sanitised like any Markdown field.
 */
export function formatBibliography(sources: readonly Source[], lang = 'en-US', style: CitationStyle = DEFAULT_CITATION_STYLE): string[] {
  if (sources.length === 0) return [];
  const items = new Map(sources.map((s) => [s.id, toCsl(s)]));
  const { CSL, LOCALES } = citeproc();
  const locale = citationLocale(lang, Object.keys(LOCALES));
  const engine = new CSL.Engine({ retrieveLocale: (tag) => LOCALES[tag] ?? LOCALES['en-US']!, retrieveItem: (id) => items.get(id)! }, citationStyleText(style), locale, true);
  engine.setOutputFormat('html');
  engine.updateItems(sources.map((s) => s.id));
  const result = engine.makeBibliography();
  if (!result) return sources.map((s) => escapeHtml(s.title));
  const [meta, entries] = result;
  const byId = new Map(meta.entry_ids.map((ids, i) => [ids[0]!, entries[i]!]));
  return sources.map((source) => {
    const entry = byId.get(source.id) ?? '';
    const inline = /<div class="csl-right-inline">([^]*?)<\/div>/.exec(entry)?.[1] ?? entry;
    const url = source.url ? escapeHtml(source.url) : undefined;
    const linked = url ? inline.replace(url, `<a href="${url}">${url}</a>`) : inline;
    return sanitize(linked.trim());
  });
}
