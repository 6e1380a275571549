import { CORE_SCHEMA, load } from 'js-yaml';
import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { problem, type Problem } from '../core/errors.js';
import { count } from '../core/count.js';
import { quote, yamlHint } from './yaml-hint.js';

/** A parsed YAML file, whose nodes' positions are at hand when a problem must be located. */
export interface YamlFile {
  /** Path as shown to the user. */
  file: string;
  /** The text as parsed (without a byte-order mark): node ranges index into it. */
  text: string;
  /** The document with positions, parsed on first use: only a file with a problem needs it. */
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  data: unknown;
}

export type ParsedYaml = { ok: true; yaml: YamlFile } | { ok: false; problems: Problem[] };

/** Aliases beyond this many are refused: a defence against "billion laughs". */
const MAX_ALIAS_COUNT = 100;

/**
 * Anchors and aliases can appear only where a node starts; a file that may
 * hold one is read by the positioned parser, which counts them.
 */
const MAY_HOLD_ALIAS = /(?:^|[\s:[\]{},?-])[&*][^\s]/;

/** Characters the two parsers may read differently (a lone carriage return, controls, a byte-order mark inside the text): such a file goes to the positioned parser. */
const UNUSUAL = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/;

/** A key left empty (`: value` at the start of an entry) or an explicit `?` key: the parsers name such keys differently. */
const ODD_KEY = /(?:^[ \t-]*|[[{,][ \t]*)[:?](?:[ \t]|$)/m;

/**
 * Parses YAML text strictly: duplicate keys, tabs and syntax errors are
 * problems. Most files are read by a fast parser that keeps no positions, and
 * parsed again with positions only when something must be located in them;
 * any file the fast parser refuses, or that may hold aliases, goes straight
 * to the positioned parser, whose words every YAML error is reported in.
 */
export function parseYaml(file: string, text: string): ParsedYaml {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const data = MAY_HOLD_ALIAS.test(source) || UNUSUAL.test(source) || ODD_KEY.test(source) ? undefined : fastParse(source);
  if (data === undefined) return parseYamlWithPositions(file, source);
  let positioned: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const withPositions = () => (positioned ??= positionedDocument(source));
  return {
    ok: true,
    yaml: {
      file,
      text: source,
      data,
      get doc() {
        return withPositions().doc;
      },
      get lineCounter() {
        return withPositions().lineCounter;
      },
    },
  };
}

/** The data, or undefined when the fast parser refuses the text or finds no document (the positioned parser then says why). */
function fastParse(source: string): unknown {
  try {
    return load(source, { schema: CORE_SCHEMA }) ?? undefined;
  } catch {
    return undefined;
  }
}

function positionedDocument(source: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    strict: true,
    uniqueKeys: true,
    version: '1.2',
  });
  return { doc, lineCounter };
}

/** The positioned parser: the reference for what is valid YAML here, and the one whose errors are reported. */
export function parseYamlWithPositions(file: string, text: string): ParsedYaml {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const { doc, lineCounter } = positionedDocument(source);
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const [first, ...rest] = doc.errors;
  if (first?.code === 'RESOURCE_EXHAUSTION') {
    // Where the parser runs out of stack depends on the machine: name the line only.
    return { ok: false, problems: [problem(file, YAML_MESSAGES['RESOURCE_EXHAUSTION']!, { line: at(first.pos[0]).line, column: 1 })] };
  }
  if (first) {
    // Later syntax errors mostly follow from the first: report it, and say how many more there are.
    const more = rest.length === 0 ? '' : ` (${count(rest.length, 'more YAML error')} after it may follow from this one)`;
    const open = first.code === 'MISSING_CHAR' && /quote/.test(first.message) ? unclosedQuote(source, first.pos[0]) : undefined;
    const message = YAML_MESSAGES[first.code] ?? (open === undefined ? yamlMessage(first.message) : 'YAML: this quoted text is never closed');
    const where = at(open ?? first.pos[0]);
    const hint = yamlHint(source, where.line, where.column);
    return { ok: false, problems: [problem(file, `${message}${hint ? `: ${hint}` : ''}${more}`, where)] };
  }

  if (doc.contents === null) {
    return { ok: false, problems: [problem(file, 'the file is empty', { line: 1, column: 1 })] };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    const swallowed = swallowedText(source, doc);
    if (swallowed) return { ok: false, problems: [problem(file, swallowed.message, at(swallowed.offset))] };
    return { ok: true, yaml: { file, text: source, doc, lineCounter, data } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const alias = /Unresolved alias.*: (\S+)/.exec(message)?.[1];
    if (alias) return { ok: false, problems: [problem(file, `YAML: alias *${alias} has no anchor &${alias} before it`, at(Math.max(0, source.indexOf(`*${alias}`))))] };
    if (/alias count/i.test(message)) return { ok: false, problems: [problem(file, 'YAML: too many aliases; refused as a possible "billion laughs" attack (option files need no aliases)', at(0))] };
    return { ok: false, problems: [problem(file, `YAML could not be read: ${message}`, at(0))] };
  }
}

/**
 * Text YAML reads as an anchor (`&co`) or a tag (`!important`) and drops from
 * the value without an error: option files use no tags, and an anchor no
 * alias refers to is text the user meant to print.
 */
function swallowedText(source: string, doc: Document.Parsed): { message: string; offset: number } | undefined {
  const used = new Set<string>();
  visit(doc, { Alias: (_, node) => void used.add(node.source) });
  let found: { message: string; offset: number } | undefined;
  visit(doc, (_, node) => {
    if (found || !isScalar(node)) return;
    const n = node as { anchor?: string; tag?: string; range?: [number, number, number] };
    const start = n.range?.[0] ?? 0;
    const written = n.tag !== undefined && !n.tag.startsWith('tag:yaml.org,2002:') ? (/![^\s]*/.exec(source.slice(0, start).split('\n').at(-1) ?? '')?.[0] ?? `!${n.tag}`) : undefined;
    if (written === undefined && (n.anchor === undefined || used.has(n.anchor))) return;
    const mark = written ?? `&${n.anchor ?? ''}`;
    const offset = source.lastIndexOf(mark, start);
    const lineStart = source.lastIndexOf('\n', offset) + 1;
    const lineEnd = source.indexOf('\n', offset);
    const line = source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
    const lead = line.slice(0, offset - lineStart);
    const rewritten = `${lead}${quote(line.slice(offset - lineStart).trimEnd())}`.trim();
    const what = written ? `"${mark}" reads as a YAML tag, and these files use none` : `"${mark}" reads as a YAML anchor that no alias uses, and YAML leaves it out of the text`;
    found = { message: `YAML: ${what}; to print it as written, quote the value: ${rewritten}`, offset };
  });
  return found;
}

/**
 * Where an unterminated quoted scalar starts: the parser reports the end of
 * the file, but the user needs the line where the quote was opened.
 */
function unclosedQuote(source: string, end: number): number | undefined {
  const opener = /(?:^|[:\-[{,]\s*)(["'])/gm;
  let last: number | undefined;
  for (const m of source.slice(0, end).matchAll(opener)) last = m.index + m[0].length - 1;
  return last;
}

/** Our words for the parser's errors that would otherwise speak of its API. */
const YAML_MESSAGES: Record<string, string> = {
  RESOURCE_EXHAUSTION: 'YAML: values are nested too deeply to read',
  MULTIPLE_DOCS: 'YAML: the file holds more than one document (a second "---"); keep one per file',
};

/** The parser's first line only, starting in lower case like our own messages. */
function yamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return `YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
