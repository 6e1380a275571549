import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EnvironmentError } from '../core/errors.js';

const TEMP = /^\.(.+)\.tmp-(\d+)-[0-9a-f]+$/;

/** A temporary file beside `path`, named so that a later build can tell whose it was. */
export const tempPathFor = (path: string) => join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes temporary files that builds killed mid-write left in `dir`; another running build's are kept. */
export async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.map((name) => {
      const pid = TEMP.exec(name)?.[2];
      return pid && !alive(Number(pid)) ? rm(join(dir, name), { force: true }) : undefined;
    }),
  );
}

const WHY: Record<string, string> = {
  EEXIST: 'a file stands where a folder is needed',
  ENOTDIR: 'a file stands where a folder is needed',
  EISDIR: 'a folder stands where the file should go',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the disk',
};

export function writeError(path: string, error: unknown): EnvironmentError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const why = WHY[code] ? `${WHY[code]}, ${code}` : code;
  return new EnvironmentError(`cannot write ${path} (${why})`, 'Check that the output folder is writable and the disk has space, or choose another with --out.', { cause: error });
}

/** Writes `data` to a new temporary file beside `path`, flushed to disk, and returns the temporary's path. */
export async function writeTemp(path: string, data: string | Uint8Array): Promise<string> {
  const temp = tempPathFor(path);
  try {
    await mkdir(dirname(path), { recursive: true });
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
