import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const VALID_PROJECT = join(FIXTURES, 'project');
export const REPO = join(import.meta.dirname, '..', '..');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of the valid fixture project, with `overlay` folders copied over it. Removed after the test. */
export function projectCopy(...overlays: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-test-'));
  made.push(dir);
  cpSync(VALID_PROJECT, dir, { recursive: true });
  for (const overlay of overlays) cpSync(overlay, dir, { recursive: true });
  return dir;
}

/** A temporary empty folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-test-'));
  made.push(dir);
  return dir;
}

/** Error lines with the temporary folder taken off the front, as a user in the project would see them. */
export function relativeLines(lines: string[], dir: string): string[] {
  return lines.map((line) => line.split(`${dir}/`).join(''));
}
