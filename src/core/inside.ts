import { isAbsolute, relative, resolve } from 'node:path';

/** A reference that names a place of its own rather than a file here: a URL with a scheme, `//host/...`, or an absolute path. */
export const isExternalRef = (ref: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//') || isAbsolute(ref);

/** Whether `path` is `dir` itself or lies below it. */
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
