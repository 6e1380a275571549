import type { FieldPath } from '../load/locate.js';

export interface FoundString {
  path: FieldPath;
  text: string;
}

/** Walks are shared: several lints read the same file's strings in one validation. */
const walked = new WeakMap<object, readonly FoundString[]>();

/** Every string in a parsed file, with its field path, in document order. */
export function walkStrings(value: unknown): readonly FoundString[] {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? [{ path: [], text: value }] : [];
  let found = walked.get(value);
  if (!found) {
    const into: FoundString[] = [];
    collect(value, [], into);
    walked.set(value, (found = into));
  }
  return found;
}

function collect(value: unknown, path: FieldPath, into: FoundString[]): void {
  if (typeof value === 'string') into.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => collect(item, [...path, i], into));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) collect((value as Record<string, unknown>)[key], [...path, key], into);
}
