import { readFile } from 'node:fs/promises';
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

/** A file as a `data:` URI, or undefined when its type is not one we inline. */
export async function fileToDataUri(path: string): Promise<string | undefined> {
  const mime = MIME_TYPES[extname(path).toLowerCase()];
  if (!mime) return undefined;
  return `data:${mime};base64,${(await readFile(path)).toString('base64')}`;
}
