import type { Problem } from '../core/errors.js';
import { Markdown } from '../schema/common.js';
import { fieldIs } from '../schema/known-keys.js';
import type { SchemaFile } from './hidden-characters.js';
import { problemAt } from './located-problem.js';
import { walkStrings } from './walk-strings.js';

/** The longest run of characters with no place to break a line that a field may hold. */
export const MAX_RUN = 200;

/**
 * A run with no break opportunity: not a space, a hyphen or dash, a soft
 * hyphen or a zero-width space, and not a Chinese or Japanese character
 * (lines break between any two of those).
 */
const BREAKLESS = '[^\\s\\-\\u00ad\\u200b\\u2010-\\u2015\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
// Tried only where a run starts: the first match is the first long run whole, as before, without reading each run again from every letter of it.
const RUN = new RegExp(`(?<!${BREAKLESS})${BREAKLESS}{${MAX_RUN + 1},}`, 'u');

/**
 * What of a Markdown field is printed as text: link and image targets,
 * reference definitions and HTML tags are not (a long address in
 * `[words](https://...)` is fine); bare and `<https://...>` links are.
 */
const printedMarkdown = (text: string) =>
  text
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '] ')
    .replace(/^ {0,3}\[[^\]]+\]:.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?\/?>/g, ' ');

/**
 * Text a page cannot break: a line can only be cut inside it anywhere, and
 * Chromium lays out such runs so slowly that a long enough one looks like a
 * hung printer. Caught here as input, with where it is and what to do.
 * Addresses in `url` fields are printed with breaks allowed anywhere and are
 * checked as addresses, not here.
 */
export function findLongRuns(files: readonly SchemaFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const { yaml, schema } of files) {
    if (!yaml) continue;
    for (const { path, text } of walkStrings(yaml.data)) {
      if (text.length <= MAX_RUN || path.at(-1) === 'url') continue;
      const markdown = fieldIs(schema, path, Markdown);
      const run = RUN.exec(markdown ? printedMarkdown(text) : text)?.[0];
      if (run === undefined) continue;
      const link = markdown && /^<?https?:/.test(run) ? ' or, for a link, write it as [words](address)' : '';
      problems.push(
        problemAt(yaml, path, `${[...run].length} characters with no space or hyphen to break the line at ("${run.slice(0, 24)}..."): a page cannot print it whole, and printing it takes very long; break it with spaces${link}, at most ${MAX_RUN} characters a run`, 'error', 'value', run.slice(0, 24)),
      );
    }
  }
  return problems;
}
