import type { HelperOptions } from 'handlebars';
import { InputError } from '../core/errors.js';
import type Handlebars from 'handlebars';
import type { MessageKey } from '../i18n/messages-en.js';
import type { Translator } from '../i18n/translator.js';
import { citationHtml } from './citation-html.js';
import { cssString } from './css-string.js';
import { escapeHtml } from './escape-html.js';
import type { Markdown } from './create-markdown.js';
import { formatDate, formatPeriod } from './format-date.js';
import { label } from './labels.js';
import { describeChange } from './describe-change.js';
import type { Change } from '../model/compare-editions.js';
import { cssMessage } from './css-message.js';
import type { OptionView, SourceView } from '../model/brief-model.js';
import { TIMELINE_END, timelineSvg, type TimelineEvent } from './figures/timeline-svg.js';
import { timelineSources, timelineYears } from './figures/timeline-description.js';

/** What every render passes as `@data` to helpers, besides Handlebars' own. */
export interface RenderData {
  markdown: Markdown;
  /** The number of a source in this brief, assigned on first citation. */
  cite: (id: string) => number;
  lang: string;
  /** `ltr` or `rtl`, from the language (`{{dir-attribute}}` prints it on the root element when it is `rtl`). */
  dir: string;
  /** The brief's words, numbers and direction, in its language. */
  i18n: Translator;
  /** A numbering of its own, from 1, for a part that stands alone (a handout page): its Markdown, its citations and, once cited, its sources. */
  scope: () => CitationScope;
}

export interface CitationScope {
  markdown: Markdown;
  cite: (id: string) => number;
  sources: () => SourceView[];
}

type HB = typeof Handlebars;

const dataOf = (options: HelperOptions) => options.data as RenderData;
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** The helpers templates may call; each is documented in helper-docs.ts, which the types keep complete. */
function helpers(hb: HB) {
  const safe = (html: string) => new hb.SafeString(html);
  return {
    // With `cite=sources`, the citations close the last paragraph: {{markdown text cite=sources}}.
    markdown: (value: unknown, options: HelperOptions) => {
      const html = dataOf(options).markdown.block(text(value));
      const ids = options.hash['cite'] as unknown;
      if (!Array.isArray(ids) || ids.length === 0) return safe(html);
      const marker = citationHtml(ids.map((id) => dataOf(options).cite(String(id))));
      return safe(/<\/p>\s*$/.test(html) ? html.replace(/<\/p>\s*$/, ` ${marker}</p>\n`) : `${html}<p>${marker}</p>`);
    },
    inline: (value: unknown, options: HelperOptions) => safe(dataOf(options).markdown.inline(text(value))),
    cite: (ids: unknown, options: HelperOptions) => {
      const list = Array.isArray(ids) ? ids.map(String) : [text(ids)];
      return safe(citationHtml(list.map(dataOf(options).cite)));
    },
    // A part numbered on its own: rendered once to learn what it cites, then with `@sources` listing that.
    'own-sources': function (this: unknown, options: HelperOptions) {
      const scope = dataOf(options).scope();
      const data = Object.assign(hb.createFrame(options.data), { markdown: scope.markdown, cite: scope.cite, sources: [] });
      options.fn(this, { data });
      return options.fn(this, { data: Object.assign(data, { sources: scope.sources() }) });
    },
    date: (value: unknown, options: HelperOptions) => formatDate(text(value), dataOf(options).lang),
    period: (value: { from: string; to: string | null }, options: HelperOptions) => formatPeriod(value, dataOf(options).lang),
    // The separator may come from the catalogue: {{join authors (t "separator.names")}}.
    join: (list: unknown, separator: unknown) =>
      Array.isArray(list) ? list.map(text).join(typeof separator === 'string' || separator instanceof hb.SafeString ? String(separator) : ', ') : '',
    eq: (a: unknown, b: unknown) => a === b,
    // Words the tool prints, from the catalogue of the brief's language: {{t "sources.heading"}}, {{t "timeline.key-events" year=2025}}.
    // Escaped as the tool's own text is (`escapeHtml`), so English prints as it did before the catalogue: "authors' assessment".
    t: (key: unknown, options: HelperOptions) => safe(escapeHtml(dataOf(options).i18n.t(text(key) as MessageKey, options.hash as Record<string, unknown>))),
    display: (group: unknown, value: unknown, options: HelperOptions) => label(dataOf(options).i18n, text(group), text(value)),
    // A number in the digits of the brief's language.
    num: (value: unknown, options: HelperOptions) => (typeof value === 'number' ? dataOf(options).i18n.number(value) : text(value)),
    // The physical side of a logical one, for @page margin boxes: {{side "end"}} is "right" in English, "left" in Urdu.
    // ` dir="rtl"` on the root element of a right-to-left brief; nothing for left-to-right, the default.
    'dir-attribute': (options: HelperOptions) => safe(dataOf(options).dir === 'rtl' ? ' dir="rtl"' : ''),
    side: (edge: unknown, options: HelperOptions) => ((text(edge) === 'end') === (dataOf(options).dir === 'rtl') ? 'left' : 'right'),
    add: (a: unknown, b: unknown) => Number(a) + Number(b),
    array: (...args: unknown[]) => args.slice(0, -1),
    // A placeholder the printer fills in with the page the element printed on; blank in HTML.
    'page-of': (anchor: unknown) => safe(`<span data-page-of="${hb.escapeExpression(text(anchor))}"></span>`),
    'css-string': (value: unknown) => safe(cssString(text(value))),
    // A change since the last edition in words, with where the brief shows it: the finer place when `detail` is true.
    'change-words': (change: Change, detail: unknown, options: HelperOptions) => ({
      ...describeChange(change, dataOf(options).i18n),
      href: (detail === true ? change.detail : undefined) ?? change.anchor ?? null,
    }),
    // A message as CSS `content` for @page margin boxes: "Page {page} of {pages}" with the counters in the language's digits.
    'css-message': (key: unknown, options: HelperOptions) =>
      safe(cssMessage(dataOf(options).i18n, text(key) as MessageKey, options.hash as Record<string, unknown>)),
    'timeline-figure': (options: unknown, events: unknown, helper: HelperOptions) =>
      safe(timelineSvg(Array.isArray(options) ? (options as OptionView[]) : [], Array.isArray(events) ? (events as TimelineEvent[]) : [], dataOf(helper).i18n)),
    // The source ids the timeline's dates come from, for {{cite}}: each option's first and last dated events, then the key events.
    'timeline-sources': (options: unknown, events: unknown) =>
      timelineSources(Array.isArray(options) ? (options as OptionView[]) : [], Array.isArray(events) ? (events as TimelineEvent[]) : []),
    // The first and last year the timeline shows and the year of its key events, as {from, to, events}, for its title.
    'timeline-years': (options: unknown, events: unknown) =>
      timelineYears(Array.isArray(options) ? (options as OptionView[]) : [], Array.isArray(events) ? (events as TimelineEvent[]) : [], TIMELINE_END - 1),
  };
}

export type HelperName = keyof ReturnType<typeof helpers>;

/** A helper's mistake, with where in the template it was called: the template's file is added by whoever compiled it. */
class HelperError extends Error {
  constructor(
    message: string,
    readonly lineNumber?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/**
 * The helper, with any error it throws (an unknown source id, arguments of
 * the wrong kind) turned into one that names the helper and the line and
 * column of its call, so it is reported as a template mistake, exit 1.
 */
function located(name: string, helper: (...args: unknown[]) => unknown) {
  return function (this: unknown, ...args: unknown[]): unknown {
    try {
      return helper.apply(this, args);
    } catch (error) {
      // Errors that already know their place (a misspelt field in a block, a partial's own mistake) pass as they are.
      if (error instanceof HelperError || error instanceof InputError || (error as { lineNumber?: unknown }).lineNumber !== undefined) throw error;
      const loc = (args.at(-1) as Partial<HelperOptions> & { loc?: { start: { line: number; column: number } } } | undefined)?.loc?.start;
      const message = error instanceof Error ? error.message : String(error);
      throw new HelperError(`{{${name}}}: ${message}`, loc?.line, loc?.column);
    }
  };
}

export function registerHelpers(hb: HB): void {
  const all = helpers(hb) as Record<string, (...args: unknown[]) => unknown>;
  hb.registerHelper(Object.fromEntries(Object.entries(all).map(([name, helper]) => [name, located(name, helper)])));
}
