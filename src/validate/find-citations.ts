import type { FieldPath } from '../load/locate.js';

export interface CitationRef {
  id: string;
  path: FieldPath;
  /** True for `[@id]` inside text, false for an entry of a `sources` list. */
  inline: boolean;
}

/** Inline citations in Markdown: `[@un-s1791]` or `[@a; @b]`. */
export const INLINE_CITATION = /\[(@[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;

export function inlineCitationIds(text: string): string[] {
  if (!text.includes('[@')) return [];
  return [...text.matchAll(INLINE_CITATION)].flatMap((m) => (m[1] ?? '').split(';').map((s) => s.trim().slice(1)));
}

/** Found once per file: the cross-check and the unused-source lint both ask. */
const found = new WeakMap<object, CitationRef[]>();

/**
 * Every source a file cites, in document order: entries of `sources` lists
 * and inline `[@id]` citations in any text field.
 */
export function findCitations(value: unknown): CitationRef[] {
  if (value === null || typeof value !== 'object') return walk(value, [], []);
  let refs = found.get(value);
  if (!refs) found.set(value, (refs = walk(value, [], [])));
  return refs;
}

function walk(value: unknown, path: FieldPath, into: CitationRef[]): CitationRef[] {
  if (typeof value === 'string') {
    for (const id of inlineCitationIds(value)) into.push({ id, path, inline: true });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i], into));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(item)) item.forEach((id, i) => into.push({ id: String(id), path: [...path, key, i], inline: false }));
      else walk(item, [...path, key], into);
    }
  }
  return into;
}
