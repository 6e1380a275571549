import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EnvironmentError } from '../core/errors.js';
import { shownPath } from '../core/layout.js';
import { processAlive } from '../core/process-alive.js';

/** A temporary (`tmp`) or a previous version kept aside (`old`), named by the process that made it. */
const SIDE = /^\.(.+)\.(?:tmp|old)-(\d+)-[0-9a-f]+$/;

/** A file beside `path`, hidden, named so that a later build can tell whose it was: a temporary, or a previous version kept aside. */
export const sidePathFor = (path: string, kind: 'tmp' | 'old') => join(dirname(path), `.${basename(path)}.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`);

/** A temporary file beside `path`. */
export const tempPathFor = (path: string) => sidePathFor(path, 'tmp');

/** Removes the temporaries and set-aside files that builds killed mid-write left in `dir`; another running build's are kept. */
export async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.map((name) => {
      const pid = SIDE.exec(name)?.[2];
      return pid && !processAlive(Number(pid)) ? rm(join(dir, name), { force: true }) : undefined;
    }),
  );
}

/** Why a file could not be written, and what to do about it, by error code. */
const WHY: Record<string, { why: (folder: string) => string; fix: string }> = {
  EEXIST: { why: () => 'a file stands where a folder is needed', fix: 'Move that file away, or choose another output folder with --out.' },
  ENOTDIR: { why: () => 'a file stands where a folder is needed', fix: 'Move that file away, or choose another output folder with --out.' },
  EISDIR: { why: () => 'a folder stands where the file should go', fix: 'Move that folder away, or choose another output folder with --out.' },
  EACCES: { why: (folder) => `the folder ${folder} is not writable`, fix: 'Make it writable, or choose another output folder with --out.' },
  EPERM: { why: (folder) => `the folder ${folder} is not writable`, fix: 'Make it writable, or choose another output folder with --out.' },
  EROFS: { why: (folder) => `the folder ${folder} is on a read-only file system`, fix: 'Choose an output folder on a writable disk with --out.' },
  ENOSPC: { why: () => 'no space left on the disk', fix: 'Free some space, or choose an output folder on another disk with --out.' },
};

/** The deepest folder above `path` that exists: the one whose permissions decide whether it can be written. */
function existingFolder(path: string): string {
  let folder = dirname(path);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/**
 * Makes `dir` and the folders above it. Node's recursive mkdir says ENOENT when
 * it cannot make a parent (a read-only or unwritable folder above): then each
 * level is made in turn, so that the error is the real one (EACCES, EROFS).
 */
async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const levels: string[] = [];
    for (let d = dir; !existsSync(d) && dirname(d) !== d; d = dirname(d)) levels.unshift(d);
    for (const level of levels) await mkdir(level).catch((e: NodeJS.ErrnoException) => (e.code === 'EEXIST' ? undefined : Promise.reject(e)));
    throw error;
  }
}

/** The error for a file of the build that could not be written: the file, why (with the folder when it is the folder's fault), and what to do. */
export function writeError(path: string, error: unknown): EnvironmentError {
  if (error instanceof EnvironmentError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const known = WHY[code];
  const why = known ? `${known.why(shownPath(existingFolder(path)))}, ${code}` : code;
  return new EnvironmentError(`cannot write ${shownPath(path)} (${why}); nothing was changed`, known?.fix ?? 'Check that the output folder is writable and the disk has space, or choose another with --out.', { cause: error });
}

/** Writes `data` to a new temporary file beside `path`, flushed to disk, and returns the temporary's path. */
export async function writeTemp(path: string, data: string | Uint8Array): Promise<string> {
  const temp = tempPathFor(path);
  try {
    await makeFolder(dirname(path));
    await removeStaleTemps(dirname(path));
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temp;
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(path, error);
  }
}

/**
 * Writes a file so that readers only ever see the old or the new whole file:
 * a temporary file beside it, flushed to disk, then renamed into place.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = await writeTemp(path, data);
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(path, error);
  }
}
