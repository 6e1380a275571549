import { Marked, type TokenizerAndRendererExtension } from 'marked';
import { citationHtml } from './citation-html.js';
import { sanitize } from './sanitize.js';
import { escapeHtml } from './escape-html.js';

export interface MarkdownContext {
  /** The number of a source in this brief's sources list. */
  citationNumber(id: string): number;
  /** A relative image path as a `data:` URI, or undefined when it cannot be inlined. */
  imageDataUri(href: string): string | undefined;
}

export interface Markdown {
  /** Paragraphs, lists and the rest: for summaries and long fields. */
  block(text: string): string;
  /** A single line without a wrapping paragraph: for claims in lists and tables. */
  inline(text: string): string;
}

/** The citation syntax `[@id]` or `[@a; @b]` as a marked inline token `{ type: 'citation', ids }`: every format reads it the same way. */
export const citationSyntax = {
  name: 'citation',
  level: 'inline',
  start: (src: string) => src.indexOf('[@'),
  tokenizer(src: string) {
    const match = /^\[(@[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/.exec(src);
    if (!match) return undefined;
    const ids = (match[1] ?? '').split(';').map((s) => s.trim().slice(1));
    return { type: 'citation', raw: match[0], ids };
  },
} as const;

function citationExtension(ctx: MarkdownContext, recording: () => string[][] | undefined): TokenizerAndRendererExtension {
  return {
    ...citationSyntax,
    renderer(token) {
      const ids = token['ids'] as string[];
      const calls = recording();
      if (!calls) return citationHtml(ids.map((id) => ctx.citationNumber(id)));
      calls.push(ids);
      return `${OPEN}${calls.length - 1}${CLOSE}`;
    },
  };
}

/** A text converted and sanitised with each citation a placeholder: the same whatever numbers its sources get in a brief. */
export interface ConvertedText {
  html: string;
  /** The ids of each citation, in the order the converter met them (and numbers them). */
  cites: readonly (readonly string[])[];
  /** Set for a text that must be converted each time (it shows an image, or cites inside a link). */
  direct?: true;
}

/** Converted texts by kind and text, shared by the briefs of a build and, in a watch session, kept across builds. */
export interface MarkdownMemo {
  get(key: string): ConvertedText | undefined;
  set(key: string, value: ConvertedText): void;
}

/** Private-use characters around a placeholder's index: a text that holds either is converted directly, never kept. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/**
 * Whether the sanitiser treats each placeholder as it would the citation's
 * HTML: only where no link is open, since a citation's own links would be
 * nested in it.
 */
function placeholdersOutsideLinks(html: string): boolean {
  let open = 0;
  for (const m of html.matchAll(/<a[\s>]|<\/a\s*>|\uE000/gi)) {
    if (m[0] === OPEN) {
      if (open !== 0) return false;
    } else open += m[0].startsWith('</') ? -1 : 1;
  }
  return true;
}

/**
 * A Markdown renderer of its own (no global marked state), sanitised on the
 * way out. One serves one brief, which may be rendered twice (see
 * `createRenderer`): the same text always gives the same HTML in it, as a
 * source keeps the number it got at its first citation, so each text is
 * converted once. Given a memo, a text already converted for another brief or
 * an earlier build is not converted again: its citations are numbered in the
 * order the converter met them, and put in its placeholders.
 */
export function createMarkdown(ctx: MarkdownContext, memo?: MarkdownMemo): Markdown {
  let calls: string[][] | undefined;
  let imaged = false;
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    extensions: [citationExtension(ctx, () => calls)],
    renderer: {
      image({ href, text }) {
        imaged = true;
        const uri = ctx.imageDataUri(href);
        return uri ? `<img src="${uri}" alt="${escapeHtml(text)}">` : escapeHtml(text);
      },
    },
  });
  const convert = (kind: string, text: string, parse: (text: string) => string): string => {
    if (!memo || text.includes(OPEN) || text.includes(CLOSE)) return sanitize(parse(text));
    const key = `${kind}${text}`;
    let converted = memo.get(key);
    if (converted?.direct) return sanitize(parse(text));
    if (!converted) {
      const cites: string[][] = (calls = []);
      imaged = false;
      let raw: string;
      try {
        raw = parse(text);
      } finally {
        calls = undefined;
      }
      // An image is read from its file, which a watch session may see change: such a text is converted each time.
      if (imaged || !placeholdersOutsideLinks(raw)) {
        memo.set(key, { html: '', cites: [], direct: true });
        return sanitize(parse(text));
      }
      memo.set(key, (converted = { html: sanitize(raw), cites }));
    }
    const known = converted;
    try {
      const cited = known.cites.map((ids) => citationHtml(ids.map((id) => ctx.citationNumber(id))));
      return known.html.replace(PLACEHOLDER, (_, i: string) => cited[Number(i)]!);
    } catch {
      // An unknown source: converted directly, it fails as it always has, with the converter's words.
      return sanitize(parse(text));
    }
  };
  const blocks = new Map<string, string>();
  const inlines = new Map<string, string>();
  const once = (seen: Map<string, string>, text: string, convert: (text: string) => string) => {
    let html = seen.get(text);
    if (html === undefined) seen.set(text, (html = convert(text)));
    return html;
  };
  return {
    block: (text) => once(blocks, text, (t) => convert('block:', t, (u) => marked.parse(u, { async: false }))),
    inline: (text) => once(inlines, text, (t) => convert('inline:', t, (u) => marked.parseInline(u, { async: false }))),
  };
}
