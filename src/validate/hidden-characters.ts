import type { z } from 'zod';
import type { Problem } from '../core/errors.js';
import type { YamlFile } from '../load/parse-yaml.js';
import { Markdown } from '../schema/common.js';
import { fieldIs } from '../schema/known-keys.js';
import { problemAt } from './located-problem.js';
import { walkStrings } from './walk-strings.js';

/** C0 and C1 controls but tab and line ends, and DEL: never text a brief can print. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Embeddings and overrides (LRE, RLE, PDF, LRO, RLO): they reorder what follows, so the brief shows other text than the file ("Trojan Source"). */
const EMBEDDING = /[\u202a-\u202e]/;
/** Isolates (LRI, RLI, FSI, PDI): the right tool inside mixed-direction prose, but not in one-line fields. */
const ISOLATE = /[\u2066-\u2069]/;
/**
 * Zero-width space, word joiner and a byte-order mark inside the text:
 * invisible, and they split or join words for search and copying. A warning,
 * since a careful author may mean one.
 *
 * ZWNJ and ZWJ (U+200C, U+200D) are not flagged at all: Urdu, Persian and
 * Arabic text uses ZWNJ to stop a letter joining the next, Devanagari uses
 * both to choose a conjunct's form, and emoji sequences use ZWJ. Telling a
 * stray one from a needed one would take the script of the letters on each
 * side and still guess wrong; they reorder nothing and hide no text.
 */
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/;

const NAMES: Record<string, string> = {
  '\u0000': 'NUL',
  '\u001b': 'ESCAPE',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u200b': 'ZERO WIDTH SPACE',
  '\u2060': 'WORD JOINER',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE',
};

const named = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}${NAMES[c] ? ` (${NAMES[c]})` : ''}`;

/** One file and the schema of its data, to tell one-line fields from Markdown. */
export interface SchemaFile {
  yaml: YamlFile | undefined;
  schema: z.ZodType;
}

/**
 * Characters in the files' text that a reader of the file cannot see but the
 * brief would act on: controls and direction overrides are errors everywhere,
 * isolates in one-line fields (titles, labels, names: printed in bookmarks,
 * file properties and the terminal, where nothing closes them), zero-width
 * characters warnings. Each is reported once per field, at its own position.
 */
export function findHiddenCharacters(files: readonly SchemaFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const { yaml, schema } of files) {
    if (!yaml) continue;
    for (const { path, text } of walkStrings(yaml.data)) {
      const report = (pattern: RegExp, message: (c: string) => string, severity: Problem['severity'] = 'error') => {
        const c = pattern.exec(text)?.[0];
        if (c !== undefined) problems.push(problemAt(yaml, path, message(named(c)), severity, 'value', c));
      };
      report(CONTROL, (c) => `control character ${c} in the text: it prints as nothing or a box, and other tools may cut the text at it; delete it`);
      report(EMBEDDING, (c) => `${c} reorders the characters after it, so the brief would show other text than this file does; delete it (the pack's lang sets the direction)`);
      if (!fieldIs(schema, path, Markdown)) report(ISOLATE, (c) => `${c} in a one-line field: it reorders the text, and bookmarks, file properties and terminals that print this field do not close it; delete it`);
      report(ZERO_WIDTH, (c) => `invisible character ${c}: it splits or joins words for search and copying without showing; delete it unless it is meant`, 'warning');
    }
  }
  return problems;
}
