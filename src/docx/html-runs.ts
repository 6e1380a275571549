import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import { unescapeHtml } from './markdown.js';

type Format = { bold?: boolean; italics?: boolean; superScript?: boolean; subScript?: boolean };

const FORMAT_OF: Record<string, Format> = { i: { italics: true }, em: { italics: true }, b: { bold: true }, strong: { bold: true }, sup: { superScript: true }, sub: { subScript: true } };

/**
 * A sanitised inline HTML fragment (a formatted source entry) as Word runs:
 * italics, bold, super- and subscript, and http(s) links as hyperlinks;
 * other tags are dropped and their text kept.
 */
export function htmlRuns(html: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const stack: { tag: string; format: Format; href?: string; runs: TextRun[] }[] = [];
  const format = () => Object.assign({}, ...stack.map((s) => s.format)) as Format;
  const link = () => [...stack].reverse().find((s) => s.href);
  for (const [piece] of html.matchAll(/<[^>]*>|[^<]+/g)) {
    const tag = /^<(\/?)([a-z0-9]+)([^>]*)>$/i.exec(piece);
    if (!tag) {
      const into = link();
      const run = new TextRun({ text: unescapeHtml(piece), ...format(), ...(into ? { style: 'Hyperlink' } : {}) });
      if (into) into.runs.push(run);
      else out.push(run);
      continue;
    }
    const [, closing, rawName, attributes] = tag;
    const name = rawName!.toLowerCase();
    if (closing) {
      const at = stack.map((s) => s.tag).lastIndexOf(name);
      if (at < 0) continue;
      const [closed] = stack.splice(at, stack.length - at);
      if (closed!.href) {
        const parent = link();
        const hyperlink = new ExternalHyperlink({ link: closed!.href, children: closed!.runs });
        if (parent) parent.runs.push(...closed!.runs);
        else out.push(hyperlink);
      }
    } else if (!piece.endsWith('/>') && name !== 'br') {
      const href = name === 'a' ? /href="(https?:[^"]*)"/i.exec(attributes ?? '')?.[1] : undefined;
      stack.push({ tag: name, format: FORMAT_OF[name] ?? {}, ...(href ? { href: unescapeHtml(href) } : {}), runs: [] });
    }
  }
  for (const open of stack) if (open.href) out.push(new ExternalHyperlink({ link: open.href, children: open.runs }));
  return out;
}
