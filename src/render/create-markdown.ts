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

function citationExtension(ctx: MarkdownContext): TokenizerAndRendererExtension {
  return {
    ...citationSyntax,
    renderer(token) {
      const ids = token['ids'] as string[];
      return citationHtml(ids.map((id) => ctx.citationNumber(id)));
    },
  };
}

/**
 * A Markdown renderer of its own (no global marked state), sanitised on the
 * way out. One serves one brief, which may be rendered twice (see
 * `createRenderer`): the same text always gives the same HTML in it, as a
 * source keeps the number it got at its first citation, so each text is
 * converted once.
 */
export function createMarkdown(ctx: MarkdownContext): Markdown {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    extensions: [citationExtension(ctx)],
    renderer: {
      image({ href, text }) {
        const uri = ctx.imageDataUri(href);
        return uri ? `<img src="${uri}" alt="${escapeHtml(text)}">` : escapeHtml(text);
      },
    },
  });
  const blocks = new Map<string, string>();
  const inlines = new Map<string, string>();
  const once = (seen: Map<string, string>, text: string, convert: (text: string) => string) => {
    let html = seen.get(text);
    if (html === undefined) seen.set(text, (html = sanitize(convert(text))));
    return html;
  };
  return {
    block: (text) => once(blocks, text, (t) => marked.parse(t, { async: false })),
    inline: (text) => once(inlines, text, (t) => marked.parseInline(t, { async: false })),
  };
}
