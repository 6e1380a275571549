import { statSync } from 'node:fs';
import { realFileInside, REFUSED } from './inside.js';
import { MIME_TYPES } from './mime.js';
import { MAX_ASSET_BYTES, readCapped, tooBig } from './read-capped.js';

/**
 * A font or image file as a `data:` URI, or undefined when its type is not
 * one a brief inlines or it is not a regular file within the size limit
 * (callers check where it leads and say why first).
 */
export function readDataUri(path: string): string | undefined {
  const mime = MIME_TYPES[path.slice(path.lastIndexOf('.')).toLowerCase()];
  if (!mime) return undefined;
  const read = readCapped(path, MAX_ASSET_BYTES);
  return read.ok ? `data:${mime};base64,${read.bytes.toString('base64')}` : undefined;
}

/**
 * Why a font or image at `path` may not be inlined, after its name ("does not
 * exist", "leads outside ..."), or undefined when it is a regular file inside
 * `root` within the size limit.
 */
export function assetRefusal(root: string, path: string): string | undefined {
  const real = realFileInside(root, path);
  if (!real.ok) return REFUSED[real.why];
  const size = statSync(real.path).size;
  return size > MAX_ASSET_BYTES ? `is too large: ${tooBig(size, MAX_ASSET_BYTES)}` : undefined;
}
