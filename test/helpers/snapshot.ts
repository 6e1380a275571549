import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every entry under `dir` with what would show any change to it: a file's hash, inode and modification time (so a
 * file replaced by an identical one shows too); a folder's being there (its own time changes as temporaries come and go).
 */
export function outputSnapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    entries[name] = stat.isFile() ? `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stat.ino} ${stat.mtimeMs}` : stat.isDirectory() ? 'folder' : 'other';
  }
  return entries;
}
