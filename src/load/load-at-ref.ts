import { execFile } from 'node:child_process';
import { posix } from 'node:path';
import { promisify } from 'node:util';
import { problem, type Problem } from '../core/errors.js';
import { fileId, LAYOUT } from '../core/layout.js';
import type { LoadedProject } from './load-project.js';
import { parseYaml, type YamlFile } from './parse-yaml.js';
import { isYaml, translationOf } from './project-files.js';

const run = promisify(execFile);

/** Git output beyond this is refused: the project's YAML files, not a repository's history. */
const MAX_BUFFER = 64 * 1024 * 1024;

/** Runs git in `root`, never through a shell: each argument is passed as it is. */
async function git(root: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', root, ...args], { maxBuffer: MAX_BUFFER, encoding: 'utf8' });
  return stdout;
}

/** A project path as git writes it, with forward slashes. */
const gitPath = (path: string) => path.split(/[\\/]/).join('/');

export type ResolvedRef = { ok: true; commit: string } | { ok: false; reason: string };

/** The commit a tag, branch or commit names in the repository holding `root`, or why there is none. */
export async function resolveRef(root: string, ref: string): Promise<ResolvedRef> {
  try {
    await git(root, ['rev-parse', '--is-inside-work-tree']);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, reason: missing ? 'git is not installed: editions are read from git' : 'the project is not in a git repository: editions are read from git' };
  }
  try {
    const commit = (await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    return { ok: true, commit };
  } catch {
    return { ok: false, reason: `there is no tag, branch or commit "${ref}" in this repository (git tag lists the tags)` };
  }
}

/**
 * The project's option, source and pack files as they were at a commit, read
 * from git itself, parsed as `loadProject` parses the working tree. Files are
 * shown as `<ref>:options/x.yaml`.
 */
export async function loadProjectAtRef(root: string, ref: string, commit: string): Promise<LoadedProject> {
  const listed = (await git(root, ['ls-tree', '-r', '--name-only', commit, '--', LAYOUT.options])).split('\n').filter(Boolean);
  const under = (dir: string) => listed.filter((path) => posix.dirname(path) === gitPath(dir) && isYaml(path));
  const sourcesPath = gitPath(LAYOUT.sources);
  const termsPath = gitPath(LAYOUT.terms);
  // Editions are compared in the original language: translations are left out.
  const optionPaths = under(LAYOUT.options).filter((path) => path !== sourcesPath && path !== termsPath && !translationOf(path));
  const packPaths = under(LAYOUT.packs);
  const problems: Problem[] = [];

  const read = async (path: string): Promise<YamlFile | undefined> => {
    const shown = `${ref}:${path}`;
    const text = await git(root, ['cat-file', 'blob', `${commit}:./${path}`]);
    const parsed = parseYaml(shown, text);
    if (parsed.ok) return parsed.yaml;
    problems.push(...parsed.problems);
    return undefined;
  };
  const readAll = async (paths: string[]) => (await Promise.all(paths.map(read))).filter((y): y is YamlFile => y !== undefined);

  let sources: YamlFile | undefined;
  if (listed.includes(sourcesPath)) sources = await read(sourcesPath);
  else problems.push(problem(`${ref}:${sourcesPath}`, 'the source registry is missing in this edition'));

  return {
    root,
    options: await readAll(optionPaths),
    sources,
    packs: await readAll(packPaths),
    translations: [],
    terms: listed.includes(termsPath) ? await read(termsPath) : undefined,
    optionIds: optionPaths.map(fileId),
    problems,
  };
}
