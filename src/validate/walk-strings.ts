import type { FieldPath } from '../load/locate.js';

/** Every string in a parsed file, with its field path, in document order. */
export function walkStrings(value: unknown, path: FieldPath = []): { path: FieldPath; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => walkStrings(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => walkStrings(item, [...path, key]));
}
