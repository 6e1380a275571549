import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { YamlFile } from './parse-yaml.js';

export type FieldPath = readonly PropertyKey[];

export interface Located {
  line: number;
  column: number;
  /** False when the path does not exist in the file (a missing field). */
  found: boolean;
}

/**
 * Finds where a field path stands in a YAML file. `at: 'key'` points at the
 * key of the last map entry (for unknown keys); otherwise at the value. A path
 * that runs out points at the deepest entry that exists. With `needle`, points
 * at that text inside the value when it is there (a citation in a paragraph).
 */
export function locate(yaml: YamlFile, path: FieldPath, at: 'key' | 'value' = 'value', needle?: string): Located {
  let node: unknown = yaml.doc.contents;
  let lastPair: Pair | undefined;
  let found = true;
  for (const segment of path) {
    const next = child(node, segment);
    if (next === undefined) {
      found = false;
      break;
    }
    if (isPair(next)) {
      lastPair = next;
      node = next.value;
    } else {
      lastPair = undefined;
      node = next;
    }
  }
  const target = pick(node, lastPair, at, found);
  const range = (target as Node | undefined)?.range;
  let offset = range?.[0] ?? 0;
  if (needle && range) {
    const inside = yaml.text.slice(range[0], range[2]).indexOf(needle);
    if (inside >= 0) offset = range[0] + inside;
  }
  const { line, col } = yaml.lineCounter.linePos(offset);
  return { line, column: col, found };
}

function child(node: unknown, segment: PropertyKey): unknown {
  if (isMap(node)) {
    return node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment));
  }
  if (isSeq(node) && typeof segment === 'number') return node.items[segment];
  return undefined;
}

function pick(node: unknown, lastPair: Pair | undefined, at: 'key' | 'value', found: boolean): unknown {
  if (lastPair && (at === 'key' || !found)) return lastPair.key;
  const hasRange = (n: unknown) => Array.isArray((n as Node | null)?.range);
  if (hasRange(node)) return node;
  return lastPair?.key;
}

/** `pros[2].sources[0]`, the way a reader names a field. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
