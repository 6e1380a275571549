import { readFileSync } from 'node:fs';
import { MIME_TYPES } from './mime.js';

/** A font or image file as a `data:` URI, or undefined when its type is not one a brief inlines. */
export function readDataUri(path: string): string | undefined {
  const mime = MIME_TYPES[path.slice(path.lastIndexOf('.')).toLowerCase()];
  return mime && `data:${mime};base64,${readFileSync(path).toString('base64')}`;
}
