import { resolve } from 'node:path';
import { EXIT, hasErrors, tally, type Problem } from '../core/errors.js';
import { shownPath } from '../core/layout.js';
import { formatProblem, sortProblems } from '../report/format-problem.js';
import type { Io } from '../report/io.js';
import { templateDirs } from '../templates/template-set.js';
import { checkProject } from '../check-project.js';
import { count } from '../core/count.js';

export interface ValidateFlags {
  json?: boolean;
  templates?: string[];
  lint?: boolean;
}

/** Problems in the named files or folders only; all when none are named. */
function inPaths(problems: Problem[], paths: string[]): Problem[] {
  if (paths.length === 0) return problems;
  const shown = paths.map((p) => shownPath(resolve(p)).replace(/\/$/, ''));
  return problems.filter((p) => shown.some((s) => p.file === s || p.file.startsWith(`${s}/`)));
}

/** `brief validate [paths...]`: every problem at once, one line each; exit 1 when any is an error. */
export async function validateCommand(root: string, paths: string[], flags: ValidateFlags, io: Io): Promise<number> {
  const { problems: all } = await checkProject(root, templateDirs(root, flags.templates?.map((d) => resolve(d))), { lint: flags.lint });
  const problems = sortProblems(inPaths(all, paths));
  const failed = hasErrors(problems);
  if (flags.json) {
    io.out(JSON.stringify({ ok: !failed, problems }, null, 2));
  } else {
    for (const p of problems) io.err(formatProblem(p));
    const { errors, warnings } = tally(problems);
    io.err(failed ? `brief: ${count(errors, 'problem')} found` : `brief: all files valid${warnings ? ` (${count(warnings, 'warning')})` : ''}`);
  }
  return failed ? EXIT.input : EXIT.ok;
}
