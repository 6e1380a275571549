import type { z } from 'zod';
import { problem, type Problem } from '../errors.js';
import { formatPath, locate } from '../load/locate.js';
import type { YamlFile } from '../load/parse-yaml.js';
import { didYouMean } from './did-you-mean.js';
import { knownKeys } from './known-keys.js';

export type Checked<T> = { data: T; problems: [] } | { data: undefined; problems: Problem[] };

/** Validates a parsed YAML file against a schema; each issue becomes a located problem. */
export function checkSchema<S extends z.ZodType>(yaml: YamlFile, schema: S): Checked<z.output<S>> {
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return { data: undefined, problems: result.error.issues.flatMap((issue) => toProblems(yaml, schema, issue)) };
}

function toProblems(yaml: YamlFile, schema: z.ZodType, issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const at = locate(yaml, path, 'key');
      return problem(yaml.file, `unknown field "${key}"${didYouMean(key, known)}`, { ...at, field: formatPath(path) });
    });
  }
  const at = locate(yaml, issue.path);
  const field = formatPath(issue.path) || undefined;
  return [problem(yaml.file, describe(issue, at.found), { line: at.line, column: at.column, field })];
}

function describe(issue: z.core.$ZodIssue, found: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      if (!found || issue.input === undefined) return 'required field is missing';
      return `expected ${noun(issue.expected)}, found ${nounOf(issue.input)}`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const input = String(issue.input);
      return `"${input}" is not one of: ${values.join(', ')}${didYouMean(input, values)}`;
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
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
