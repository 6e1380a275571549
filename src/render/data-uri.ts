import { readFile, stat } from 'node:fs/promises';
import { cached, type RenderCache } from './render-cache.js';
import { extname } from 'node:path';

export const MIME_TYPES: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/** A file as a `data:` URI, or undefined when its type is not one we inline; read once while it is unchanged, given a cache. */
export async function fileToDataUri(path: string, cache?: RenderCache): Promise<string | undefined> {
  const mime = MIME_TYPES[extname(path).toLowerCase()];
  if (!mime) return undefined;
  const read = async () => `data:${mime};base64,${(await readFile(path)).toString('base64')}`;
  if (!cache) return read();
  const { size, mtimeMs } = await stat(path);
  return cached(cache, cache.dataUris, `${path}\u0000${size}\u0000${mtimeMs}`, read);
}
