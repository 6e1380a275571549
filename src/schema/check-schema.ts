import type { z } from 'zod';
import { problem, type Problem } from '../core/errors.js';
import { formatPath, locate, splitByComma, visible } from '../load/locate.js';
import type { YamlFile } from '../load/parse-yaml.js';
import { didYouMean } from '../core/did-you-mean.js';
import { knownKeys } from './known-keys.js';

export type Checked<T> = { data: T; problems: [] } | { data: undefined; problems: Problem[] };

/**
 * Validates a parsed YAML file against a schema, or with `at`, one value
 * inside it (such as one entry of a list); each issue becomes a located problem.
 */
export function checkSchema<S extends z.ZodType>(yaml: YamlFile, schema: S, at: { value: unknown; path: PropertyKey[] } = { value: yaml.data, path: [] }): Checked<z.output<S>> {
  const result = schema.safeParse(at.value, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => toProblems(yaml, schema, issue, at.path));
  // Two checks of one field can fail with the same words (a date's pattern and its calendar): say it once.
  const seen = new Set<string>();
  return { data: undefined, problems: problems.filter((p) => !seen.has(JSON.stringify(p)) && !!seen.add(JSON.stringify(p))) };
}

function toProblems(yaml: YamlFile, schema: z.ZodType, issue: z.core.$ZodIssue, prefix: PropertyKey[]): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const path = [...prefix, ...issue.path, key];
      const at = locate(yaml, path, 'key');
      const split = splitByComma(yaml, path);
      // A comma inside `{ ... }` ends a value: what follows it became a field of its own.
      const hint = split ? `: a "," inside { } ends the value; to keep it in the text, quote the value: ${split}` : didYouMean(key.replace(/\uFEFF/g, ''), known);
      return problem(yaml.file, `unknown field "${visible(key)}"${hint}`, { ...at, field: formatPath(path) });
    });
  }
  const path = [...prefix, ...issue.path];
  const at = locate(yaml, path);
  return [problem(yaml.file, describe(issue, at.found), { line: at.line, column: at.column, field: formatPath(path) || undefined })];
}

function describe(issue: z.core.$ZodIssue, found: boolean): string {
  if (issue.code !== 'custom' && issue.code !== 'unrecognized_keys' && (!found || ('input' in issue && issue.input === undefined))) return 'required field is missing';
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int' ? `must be at most ${String(issue.maximum)}` : lowerFirst(issue.message);
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'int' ? `must be at least ${String(issue.minimum)}` : lowerFirst(issue.message);
    case 'invalid_type':
      // A schema that says what it wants in its own words is quoted; zod's default is reworded.
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      return `expected ${noun(issue.expected)}, found ${nounOf(issue.input)}`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const input = String(issue.input);
      return `${quoted(input)} is not one of: ${values.join(', ')}${didYouMean(input, values)}`;
    }
    case 'invalid_union':
      return `expected ${issue.message.includes('string') ? 'text' : 'a different kind of value'}, found ${nounOf(issue.input)}`;
    default:
      return lowerFirst(issue.message);
  }
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping of fields',
};

const noun = (expected: string) => NOUNS[expected] ?? expected;

function nounOf(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping of fields';
  if (typeof value === 'string') return `text ${quoted(value)}`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

/** A value from the file, quoted on one line: shortened, with line breaks and other controls escaped. */
const quoted = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
