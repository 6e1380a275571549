import type { Problem } from '../core/errors.js';
import { forTerminal } from '../core/terminal-text.js';

/**
 * `options/dixon-plan.yaml:14:7 pros[2].sources[0]: unknown source "s1792"`:
 * the file and position first, so editors and terminals can jump to it.
 */
export function formatProblem(p: Problem): string {
  const position = p.line === undefined ? '' : `:${p.line}:${p.column ?? 1}`;
  const field = p.field ? ` ${p.field}` : '';
  const severity = p.severity === 'warning' ? 'warning: ' : '';
  // One line per problem, whatever a message quotes, and nothing from the files that a terminal would obey.
  const message = p.message.replace(/\s*[\r\n]+\s*/g, ' ');
  return forTerminal(`${p.file}${position}${field}: ${severity}${message}`);
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
