/** The files a brief may inline, by extension: fonts and images. */
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

/** The MIME type of an image file, or undefined when the file is not an image a brief can show. */
export function imageMime(path: string): string | undefined {
  const mime = MIME_TYPES[path.slice(path.lastIndexOf('.')).toLowerCase()];
  return mime?.startsWith('image/') ? mime : undefined;
}
