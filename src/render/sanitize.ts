import { createRequire } from 'node:module';
import type SanitizeHtml from 'sanitize-html';

// Required rather than imported: Node reads a CommonJS package imported from ESM twice over to find its exports.
const sanitizeHtml = createRequire(import.meta.url)('sanitize-html') as typeof SanitizeHtml;

/**
 * The only HTML that Markdown fields may produce: text structure, links to
 * http(s), mailto and anchors in the brief, and images already inlined as
 * `data:image/...`. No script, style, form, frame, meta or event attribute.
 */
const OPTIONS: SanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins', 'sup', 'sub', 'small', 'mark', 'abbr', 'q',
    'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img', 'span',
    'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    span: ['class'],
    abbr: ['title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  allowedClasses: { span: ['cite'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  // Headings inside a field sit below the brief's own chapter and section headings.
  transformTags: { h1: 'h3', h2: 'h3' },
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^data:image\/(png|jpeg|gif|webp|svg\+xml);/.test(frame.attribs.src ?? ''),
};

export function sanitize(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
