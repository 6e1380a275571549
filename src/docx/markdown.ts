import { ExternalHyperlink, Paragraph, TextRun, type IRunOptions, type ParagraphChild, type Table, type TableOfContents } from 'docx';
import { Marked, type Token, type Tokens } from 'marked';
import { citationSyntax } from '../render/create-markdown.js';
import { LIST, STYLE } from './styles.js';
import { briefTable, type TableFrame } from './tables.js';

/** What Markdown needs from the document it is written into. */
export interface TextContext {
  /** A citation of these sources, as the document shows it. */
  cite(ids: readonly string[]): ParagraphChild[];
  /** A fresh numbering instance, so that each ordered list starts at 1. */
  nextList(): number;
  /** Where tables go. */
  frame: TableFrame;
}

/** What a document body is made of. */
export type Block = Paragraph | Table | TableOfContents;

/** Markdown fields as Word paragraphs and runs. */
export interface DocxMarkdown {
  /** Paragraphs, lists, quotes and tables; `style` is the paragraph style of plain paragraphs. */
  block(text: string, style?: string): Block[];
  /** One line of runs, e.g. a claim in a list or a table cell. */
  inline(text: string): ParagraphChild[];
}

type Format = Pick<IRunOptions, 'bold' | 'italics' | 'strike' | 'font' | 'style'>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };
/** marked escapes `&<>"'` in text tokens; Word wants the characters. */
export const unescapeHtml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const SAFE_LINK = /^(?:https?:|mailto:)/i;

/**
 * A Markdown reader of its own (no global marked state) that keeps marked's
 * tokens and writes them as Word content: emphasis as run formatting, links
 * as hyperlinks, lists on the document's numbering, tables as Word tables
 * and `[@id]` citations through the context. Raw HTML is shown as its text:
 * the HTML brief strips the tags too.
 */
export function docxMarkdown(ctx: TextContext): DocxMarkdown {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({ extensions: [{ ...citationSyntax, renderer: () => '' }] });

  const inline = (tokens: readonly Token[] | undefined, format: Format = {}): ParagraphChild[] =>
    (tokens ?? []).flatMap((token): ParagraphChild[] => {
      switch (token.type) {
        case 'strong':
          return inline(token.tokens, { ...format, bold: true });
        case 'em':
          return inline(token.tokens, { ...format, italics: true });
        case 'del':
          return inline(token.tokens, { ...format, strike: true });
        case 'codespan':
          return [new TextRun({ ...format, text: unescapeHtml(token.text), font: 'Consolas' })];
        case 'br':
          return [new TextRun({ break: 1 })];
        case 'link': {
          const children = inline(token.tokens, { ...format, style: 'Hyperlink' });
          return SAFE_LINK.test(token.href) ? [new ExternalHyperlink({ link: token.href, children })] : inline(token.tokens, format);
        }
        case 'image':
          return [new TextRun({ ...format, text: token.text, italics: true })];
        case 'citation':
          return ctx.cite(token['ids'] as string[]);
        case 'html':
          return [new TextRun({ ...format, text: unescapeHtml(token.raw.replace(/<[^>]*>/g, '')) })];
        case 'text':
          if ('tokens' in token && token.tokens && token.tokens.length > 0) return inline(token.tokens, format);
          return [new TextRun({ ...format, text: unescapeHtml(token.text) })];
        default:
          return 'text' in token && typeof token.text === 'string' ? [new TextRun({ ...format, text: unescapeHtml(token.text) })] : [];
      }
    });

  const list = (token: Tokens.List, level: number): Block[] => {
    const instance = ctx.nextList();
    return token.items.flatMap((item) => {
      let first = true;
      return item.tokens.flatMap((child): Block[] => {
        if (child.type === 'list') return list(child as Tokens.List, Math.min(level + 1, 2));
        const children = child.type === 'text' || child.type === 'paragraph' ? inline((child as Tokens.Text).tokens ?? [child]) : inline([child]);
        const numbering = first ? { reference: token.ordered ? LIST.ordered : LIST.bullet, level, instance } : undefined;
        first = false;
        return [new Paragraph({ children, style: 'ListParagraph', ...(numbering ? { numbering } : { indent: { left: 340 * (level + 1) } }) })];
      });
    });
  };

  const blocks = (tokens: readonly Token[], style?: string): Block[] =>
    tokens.flatMap((token): Block[] => {
      switch (token.type) {
        case 'paragraph':
          return [new Paragraph({ children: inline(token.tokens), style })];
        case 'heading':
          return [new Paragraph({ children: inline(token.tokens, { bold: true }), keepNext: true, style })];
        case 'list':
          return list(token as Tokens.List, 0);
        case 'blockquote':
          return blocks(token.tokens ?? [], STYLE.quote);
        case 'code':
          return token.text.split('\n').map((line: string) => new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas' })], spacing: { after: 0 } }));
        case 'table': {
          const t = token as Tokens.Table;
          const cells = (row: Tokens.TableCell[]) => row.map((cell) => ({ children: inline(cell.tokens) }));
          return [briefTable(ctx.frame, cells(t.header), t.rows.map(cells))];
        }
        case 'hr':
          return [new Paragraph({ children: [], border: { bottom: { style: 'single', size: 4, color: 'auto', space: 1 } } })];
        case 'space':
          return [];
        default:
          return 'text' in token && typeof token.text === 'string' ? [new Paragraph({ children: [new TextRun(unescapeHtml(token.text))], style })] : [];
      }
    });

  return {
    block: (text, style) => blocks(marked.lexer(text), style),
    inline: (text) => inline(marked.Lexer.lexInline(text, marked.defaults)),
  };
}
