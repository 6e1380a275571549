import type { Problem } from '../core/errors.js';
import type { YamlFile } from '../load/parse-yaml.js';
import { problemAt } from './located-problem.js';
import { walkStrings } from './walk-strings.js';

/** Text the scaffolds write where the user has to write their own: an error until replaced. */
export const todo = (what: string) => `TODO: ${what}`;

/** The source id the scaffolds cite until the user names the real one. */
export const TODO_SOURCE = 'todo-source';

const isPlaceholder = (text: string) => /^\s*TODO\b/.test(text) || text === TODO_SOURCE;

/**
 * Every placeholder a scaffold wrote and the user has not yet replaced, each
 * an error at its line and column, lints or not: a brief must never print one.
 */
export function findPlaceholders(files: readonly (YamlFile | undefined)[]): Problem[] {
  return files.flatMap((yaml) =>
    yaml
      ? walkStrings(yaml.data)
          .filter(({ text }) => isPlaceholder(text))
          .map(({ path, text }) => {
            const what = text === TODO_SOURCE ? `cites the placeholder source "${TODO_SOURCE}": name the sources this rests on` : `"${text.trim().split('\n')[0]}": replace the placeholder with your own text`;
            return problemAt(yaml, path, what);
          })
      : [],
  );
}
