import type { HelperOptions } from 'handlebars';
import type Handlebars from 'handlebars';
import { citationHtml } from './citation-html.js';
import type { Markdown } from './create-markdown.js';
import { formatDate, formatPeriod } from './format-date.js';
import { label } from './labels.js';
import { describeChange } from './describe-change.js';
import type { Change } from '../model/compare-editions.js';
import type { OptionView } from '../model/brief-model.js';
import { timelineSvg, type TimelineEvent } from './figures/timeline-svg.js';

/** What every render passes as `@data` to helpers, besides Handlebars' own. */
export interface RenderData {
  markdown: Markdown;
  /** The number of a source in this brief, assigned on first citation. */
  cite: (id: string) => number;
  lang: string;
}

type HB = typeof Handlebars;

/** Text as a CSS string, safe inside a <style> element: for `content:` in @page margin boxes. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ').replace(/</g, '\\3C ')}"`;
}
const dataOf = (options: HelperOptions) => options.data as RenderData;
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** The helpers templates may call; documented in the README with an example each. */
export function registerHelpers(hb: HB): void {
  const safe = (html: string) => new hb.SafeString(html);
  hb.registerHelper({
    markdown: (value: unknown, options: HelperOptions) => safe(dataOf(options).markdown.block(text(value))),
    inline: (value: unknown, options: HelperOptions) => safe(dataOf(options).markdown.inline(text(value))),
    cite: (ids: unknown, options: HelperOptions) => {
      const list = Array.isArray(ids) ? ids.map(String) : [text(ids)];
      return safe(citationHtml(list.map(dataOf(options).cite)));
    },
    date: (value: unknown, options: HelperOptions) => formatDate(text(value), dataOf(options).lang),
    period: (value: { from: string; to: string | null }, options: HelperOptions) => formatPeriod(value, dataOf(options).lang),
    join: (list: unknown, separator: unknown) => (Array.isArray(list) ? list.map(text).join(typeof separator === 'string' ? separator : ', ') : ''),
    eq: (a: unknown, b: unknown) => a === b,
    display: (group: unknown, value: unknown) => label(text(group), text(value)),
    add: (a: unknown, b: unknown) => Number(a) + Number(b),
    array: (...args: unknown[]) => args.slice(0, -1),
    // A placeholder the printer fills in with the page the element printed on; blank in HTML.
    'page-of': (anchor: unknown) => safe(`<span data-page-of="${hb.escapeExpression(text(anchor))}"></span>`),
    'css-string': (value: unknown) => safe(cssString(text(value))),
    // A change since the last edition in words, with where the brief shows it: the finer place when `detail` is true.
    'change-words': (change: Change, detail: unknown, options: HelperOptions) => ({
      ...describeChange(change, dataOf(options).lang),
      href: (detail === true ? change.detail : undefined) ?? change.anchor ?? null,
    }),
    'timeline-figure': (options: unknown, events: unknown) =>
      safe(timelineSvg(Array.isArray(options) ? (options as OptionView[]) : [], Array.isArray(events) ? (events as TimelineEvent[]) : [])),
  });
}
