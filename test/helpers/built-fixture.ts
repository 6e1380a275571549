import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from './cli.js';
import { projectCopy, tempDir } from './fixtures.js';

/** A copy of the fixture project with analyst and handout audiences, built once into `out`. */
export async function builtFixture(): Promise<{ dir: string; out: string }> {
  const dir = projectCopy();
  const pack = join(dir, 'options', 'packs', 'sample.yaml');
  writeFileSync(pack, readFileSync(pack, 'utf8').replace('audiences: [analyst]', 'audiences: [analyst, handout]'));
  const out = tempDir();
  expect((await runCli('-C', dir, 'build', '--out', out)).code).toBe(0);
  return { dir, out };
}
