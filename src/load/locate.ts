import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { YamlFile } from './parse-yaml.js';
import { quote } from './yaml-hint.js';

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

/**
 * For a key with no value inside a mapping written in braces, such as
 * `{ stance: opposes, text: Turkey objects, Greece neutral. }`: the line to
 * write when the comma was meant as text, with the previous value quoted up
 * to the end of this key. Undefined when the key is not such a leftover.
 */
export function splitByComma(yaml: YamlFile, path: FieldPath): string | undefined {
  const parent = path.slice(0, -1).reduce<unknown>((node, segment) => {
    const next = child(node, segment);
    return isPair(next) ? next.value : next;
  }, yaml.doc.contents);
  if (!isMap(parent) || !parent.flow) return undefined;
  const index = parent.items.findIndex((pair) => isScalar(pair.key) && String(pair.key.value) === String(path.at(-1)));
  const pair = parent.items[index];
  const before = parent.items[index - 1];
  if (!pair || pair.value !== null || !isScalar(pair.key) || !before || !isScalar(before.value) || typeof before.value.value !== 'string') return undefined;
  const [from] = before.value.range ?? [0];
  const to = pair.key.range?.[1] ?? from;
  const lineStart = yaml.text.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = yaml.text.indexOf('\n', to);
  const end = lineEnd < 0 ? yaml.text.length : lineEnd;
  if (yaml.text.slice(from, to).includes('\n')) return undefined;
  const joined = yaml.text.slice(from, to).trimEnd();
  return `${yaml.text.slice(lineStart, from)}${quote(joined)}${yaml.text.slice(to, end)}`.trim();
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

/** Characters a reader cannot see (controls, zero-width spaces, byte-order marks), written as \\uXXXX. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

/** Text with its invisible characters made visible, so `"\\ufeffid"` is not mistaken for `"id"`. */
export const visible = (text: string) => text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `pros[2].sources[0]`, the way a reader names a field. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    const name = String(segment);
    if (typeof segment === 'number') out += `[${segment}]`;
    // A name with spaces or odd characters is quoted, so the field still reads as one word.
    else if (!/^[A-Za-z_][\w-]*$/.test(name)) out += `["${visible(name).replace(/"/g, '\\"')}"]`;
    else out += out === '' ? name : `.${name}`;
  }
  return out;
}
