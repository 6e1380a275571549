import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectCopy } from './fixtures.js';

/** Runs git in `dir` with a fixed author and no user or system configuration. */
export function git(dir: string, ...args: string[]): string {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };
  return execFileSync('git', ['-C', dir, ...args], { env, encoding: 'utf8' });
}

/** A copy of the fixture project in a git repository of its own, committed and tagged `edition-1`. Removed after the test. */
export function taggedProject(): string {
  const dir = projectCopy();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Edition 1');
  git(dir, 'tag', 'edition-1');
  return dir;
}

/** Rewrites a project file, replacing each `[from, to]` pair once; throws when a `from` is not there. */
export function edit(dir: string, file: string, ...pairs: [string, string][]): void {
  const path = join(dir, file);
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
    text = text.replace(from, to);
  }
  writeFileSync(path, text);
}
