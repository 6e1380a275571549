import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT, hasErrors, problem, tally, type Problem } from '../core/errors.js';
import { shownPath } from '../core/layout.js';
import { isYaml, projectRootOf } from '../load/project-files.js';
import { formatProblem, sortProblems } from '../report/format-problem.js';
import type { Io } from '../report/io.js';
import { templateDirs } from '../templates/template-set.js';
import { checkProject } from '../check-project.js';
import { count } from '../core/count.js';

export interface ValidateFlags {
  json?: boolean;
  templates?: string[];
  lint?: boolean;
  quiet?: boolean;
}

/** The YAML files a named path stands for: the file itself, or every YAML file under a folder. */
async function filesOf(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && isYaml(e.name)).map((e) => join(e.parentPath, e.name)).sort();
}

/**
 * Checks exactly the named files, wherever they are: each against the project
 * it lies in (`<root>/options/...`), or else against the project at `root`,
 * in place of that project's file of the same id. A missing path is an error.
 */
async function checkNamed(root: string, paths: string[], dirs: (root: string) => string[], lint?: boolean): Promise<Problem[]> {
  const problems: Problem[] = [];
  const byProject = new Map<string, string[]>();
  for (const named of paths.map((p) => resolve(p))) {
    if (!existsSync(named)) {
      problems.push(problem(shownPath(named), 'no such file or folder'));
      continue;
    }
    const files = await filesOf(named);
    if (files.length === 0) problems.push(problem(shownPath(named), 'holds no .yaml or .yml file to check'));
    for (const file of files) {
      const project = projectRootOf(file) ?? root;
      byProject.set(project, [...(byProject.get(project) ?? []), file]);
    }
  }
  for (const [project, files] of byProject) {
    const shown = new Set(files.map((f) => shownPath(f)));
    const { problems: all } = await checkProject(project, dirs(project), { lint, named: files });
    problems.push(...all.filter((p) => shown.has(p.file)));
  }
  return problems;
}

/** `brief validate [paths...]`: every problem at once, one line each; exit 1 when any is an error. */
export async function validateCommand(root: string, paths: string[], flags: ValidateFlags, io: Io): Promise<number> {
  const dirs = (project: string) => templateDirs(project, flags.templates);
  const found = paths.length === 0 ? (await checkProject(root, dirs(root), { lint: flags.lint })).problems : await checkNamed(root, paths, dirs, flags.lint);
  const problems = sortProblems(found);
  const failed = hasErrors(problems);
  if (flags.json) {
    io.out(JSON.stringify({ ok: !failed, problems }, null, 2));
  } else {
    for (const p of problems) io.err(formatProblem(p));
    const { errors, warnings } = tally(problems);
    const checked = paths.length === 0 ? 'all files' : count(paths.length, 'path');
    if (failed) io.err(`brief: ${count(errors, 'problem')} found`);
    else if (!flags.quiet) io.err(`brief: ${checked} valid${warnings ? ` (${count(warnings, 'warning')})` : ''}`);
  }
  return failed ? EXIT.input : EXIT.ok;
}
