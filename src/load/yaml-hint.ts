import { parseDocument } from 'yaml';
import { count } from '../core/count.js';

/**
 * What to write instead of a line the YAML parser refused, when quoting its
 * value (or indenting it with spaces) is the fix: most YAML errors in hand-written
 * option files are plain text that YAML reads as syntax (`: ` inside a value, a
 * value starting with `@`, `` ` ``, `*`, `%`, `|`, `[`, a tab as indentation).
 * Every suggestion is tried on the text first: it is offered only when the
 * parser accepts the line written that way, so a hint is never a guess.
 */
export function yamlHint(source: string, line: number, column: number): string | undefined {
  const lines = source.split('\n');
  const text = lines[line - 1];
  if (text === undefined) return undefined;
  const eol = text.endsWith('\r') ? '\r' : '';
  const body = eol ? text.slice(0, -1) : text;
  const fixes = (replacement: string) => acceptedAt(lines, line, replacement + eol);
  if (/^[ ]*\t/.test(body)) {
    for (const indent of indentCandidates(lines, line)) {
      const spaced = indent + body.replace(/^[ \t]+/, '');
      const spaces = spaced.length - spaced.trimStart().length;
      if (fixes(spaced)) return `${spaces === 0 ? 'remove the tab' : `indent with ${count(spaces, 'space')} instead of the tab`}: ${JSON.stringify(spaced)}`;
    }
    return 'indent with spaces, not tabs';
  }
  const entry = ENTRY.exec(body);
  if (!entry) return undefined;
  const [, lead = '', value = ''] = entry;
  if (QUOTED.test(value)) return undefined;
  // An error inside a list or mapping written in brackets is in its syntax, not text to quote as a whole.
  if (/^[[{]/.test(value) && column <= body.lastIndexOf(value.startsWith('[') ? ']' : '}') + 1) return undefined;
  const open = /^(["'])(?:(?!\1).)*$/.exec(value)?.[1];
  if (open && fixes(`${lead}${value.trimEnd()}${open}`)) return `close the quote at the end of the value: ${`${lead}${value.trimEnd()}${open}`.trim()}`;
  // `title: | The plan`: the text was meant, not the bar.
  const block = /^[|>][-+]?\s+(\S.*)$/.exec(value)?.[1];
  const quoted = `${lead}${quote((block ?? value).trimEnd())}`;
  if (!fixes(quoted)) return undefined;
  if (block !== undefined) return `${why(value)}, indented; or write it on this line in quotes: ${quoted.trim()}`;
  return `${why(value)}; to print it as written, quote the value: ${quoted.trim()}`;
}

/** `  - text: the value` or `  - the value`: the part up to the value, and the value (a comment after ` #` is part of what the user typed as text). */
const ENTRY = /^([ ]*(?:- +)*(?:[^\s#'"{}[\],:&*!|>%@`-][^:#]*?:[ ]+|(?<=- +)))(\S.*)$/;

/** A value already quoted as a whole: quoting again is no fix. */
const QUOTED = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*(?:#.*)?$/;

/** Why YAML did not read the value as text, from its first character or what it holds. */
function why(value: string): string {
  const first = value.charAt(0);
  const reasons: Record<string, string> = {
    '@': 'YAML reserves "@" at the start of a value',
    '`': 'YAML reserves "`" at the start of a value',
    '%': 'a value starting with "%" reads as a YAML directive',
    '*': 'a value starting with "*" reads as a YAML alias',
    '&': 'a value starting with "&" reads as a YAML anchor',
    '!': 'a value starting with "!" reads as a YAML tag',
    '|': 'after "|" the text must start on the next line',
    '>': 'after ">" the text must start on the next line',
    '[': 'a value starting with "[" reads as a list',
    '{': 'a value starting with "{" reads as a mapping',
    '"': 'a value that starts with a quote must end with it',
    "'": 'a value that starts with a quote must end with it',
    '-': 'a value starting with "- " reads as a list',
    '?': 'a value starting with "? " reads as a key',
  };
  if (reasons[first]) return reasons[first];
  if (/:\s/.test(value)) return 'a ": " inside a value starts a new field';
  if (/\s#/.test(value)) return 'a " #" inside a value starts a comment';
  return 'YAML reads part of this value as syntax';
}

/** The value in double quotes (single when it holds a double quote and no single one), escaped the YAML way. */
export function quote(value: string): string {
  if (value.includes('"') && !value.includes("'") && !value.includes('\\')) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Indents to try for a tab-indented line: its neighbours', deepest first. */
function indentCandidates(lines: readonly string[], line: number): string[] {
  const indents = new Set<string>();
  for (let i = line - 2; i >= 0 && indents.size < 4; i--) {
    const m = /^( *)(- +)?\S/.exec(lines[i] ?? '');
    if (!m) continue;
    const base = m[1] ?? '';
    const nested = base + ' '.repeat(m[2]?.length ?? 0);
    // After `key:` the line most likely belongs under it.
    if (/:\s*$/.test(lines[i] ?? '')) indents.add(nested + '  ');
    indents.add(nested);
    indents.add(base);
    indents.add(base + '  ');
  }
  return [...indents];
}

/** Whether the parser finds no error on this line once it is replaced. */
function acceptedAt(lines: readonly string[], line: number, replacement: string): boolean {
  const text = [...lines.slice(0, line - 1), replacement, ...lines.slice(line)].join('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  const end = start + replacement.length;
  const doc = parseDocument(text, { prettyErrors: false, strict: true, uniqueKeys: true, version: '1.2' });
  const errors = [...doc.errors, ...doc.warnings];
  return !errors.some((e) => e.pos[0] <= end + 1);
}
