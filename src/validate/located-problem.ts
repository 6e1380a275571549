import { problem, type Problem } from '../core/errors.js';
import { formatPath, locate, type FieldPath } from '../load/locate.js';
import type { YamlFile } from '../load/parse-yaml.js';

/** A problem at a field of a YAML file, with its line and column. */
export function problemAt(
  yaml: YamlFile,
  path: FieldPath,
  message: string,
  severity: Problem['severity'] = 'error',
  at: 'key' | 'value' = 'value',
  needle?: string,
): Problem {
  const { line, column } = locate(yaml, path, at, needle);
  return problem(yaml.file, message, { line, column, field: formatPath(path) || undefined }, severity);
}
