import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/** A reference that names a place of its own rather than a file here: a URL with a scheme, `//host/...`, or an absolute path. */
export const isExternalRef = (ref: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//') || isAbsolute(ref);

/** Whether `path` is `dir` itself or lies below it, as strings: see `realFileInside` for what is on disk. */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

/** `ref` resolved in `dir`, or undefined when it names a place of its own or leads out of `dir`. */
export function resolveInside(dir: string, ref: string): string | undefined {
  if (isExternalRef(ref)) return undefined;
  const path = resolve(dir, ref);
  return isInside(dir, path) ? path : undefined;
}

/** Where a path really leads: the regular file inside the root, or why it may not be read. */
export type RealFile = { ok: true; path: string } | { ok: false; why: 'missing' | 'outside' | 'not-a-file' };

const realpath = (path: string): string | undefined => {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
};

/**
 * Follows every link in `path` and accepts it only when it ends at a regular
 * file inside `root` (itself resolved): a link out of the project, a FIFO or
 * a device is refused however the path is spelt. Every reader of untrusted
 * files (options, images, template sets, CSS assets) asks this first.
 */
export function realFileInside(root: string, path: string): RealFile {
  const real = realpath(path);
  if (real === undefined) return { ok: false, why: 'missing' };
  const realRoot = realpath(root) ?? resolve(root);
  if (!isInside(realRoot, real)) return { ok: false, why: 'outside' };
  try {
    return statSync(real).isFile() ? { ok: true, path: real } : { ok: false, why: 'not-a-file' };
  } catch {
    return { ok: false, why: 'missing' };
  }
}

/** Words for why a file was refused, after the name of the file. */
export const REFUSED: Record<Exclude<RealFile, { ok: true }>['why'], string> = {
  missing: 'does not exist',
  outside: 'leads outside the project (through a link): only files inside it are read',
  'not-a-file': 'is not a regular file (a folder, pipe or device): only files are read',
};
