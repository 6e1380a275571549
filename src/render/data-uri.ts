import { stat } from 'node:fs/promises';
import { readDataUri } from '../core/data-uri.js';
import { cached, type RenderCache } from './render-cache.js';

/** A file as a `data:` URI, or undefined when its type is not one we inline; read once while it is unchanged, given a cache. */
export async function fileToDataUri(path: string, cache?: RenderCache): Promise<string | undefined> {
  if (!cache) return readDataUri(path);
  const { size, mtimeMs } = await stat(path);
  return cached(cache, cache.dataUris, `${path}\u0000${size}\u0000${mtimeMs}`, async () => readDataUri(path));
}
