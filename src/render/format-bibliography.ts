import { createRequire } from 'node:module';
import type CSL from 'citeproc';
import type { CslItem } from 'citeproc';
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
    STYLES: require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>,
    LOCALES: require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>,
  });

/** The citation style every brief's sources list is formatted in. */
export const CITATION_STYLE = 'vancouver';

const CSL_TYPES: Record<Source['kind'], string> = {
  'un-document': 'report',
  'official-statement': 'report',
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
    ...((source.kind === 'un-document' || source.kind === 'report') && source.document ? { number: source.document } : {}),
    ...(source.date ? { issued: dateParts(source.date) } : {}),
    ...(source.accessed ? { accessed: dateParts(source.accessed) } : {}),
    ...(source.url ? { URL: source.url } : {}),
  };
}

/**
 * The CSL locale a brief's sources list is written in: the pack's language
 * where a locale for it is bundled (`fr` finds `fr-FR`), otherwise `en-US`,
 * the stated fallback: citeproc's terms ("Available from", "cited") stay
 * English for a language without one, such as Urdu, Arabic or Hindi today.
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
 * The sources of one brief, in citation order, each as an HTML entry in the
 * Vancouver style and the CSL locale of `lang` (see `citationLocale`), formatted by citeproc-js with an engine of its own. URLs
 * become links; the result is sanitised like any Markdown field.
 */
export function formatBibliography(sources: readonly Source[], lang = 'en-US'): string[] {
  if (sources.length === 0) return [];
  const items = new Map(sources.map((s) => [s.id, toCsl(s)]));
  const { CSL, STYLES, LOCALES } = citeproc();
  const locale = citationLocale(lang, Object.keys(LOCALES));
  const engine = new CSL.Engine({ retrieveLocale: (tag) => LOCALES[tag] ?? LOCALES['en-US']!, retrieveItem: (id) => items.get(id)! }, STYLES[CITATION_STYLE]!, locale, true);
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
