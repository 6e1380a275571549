import { existsSync, readFileSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { MIME_TYPES } from './data-uri.js';

/**
 * Resolves images that Markdown fields refer to: only relative paths to image
 * files inside the project's `options/` folder, inlined as `data:` URIs.
 */
export function projectImages(optionsDir: string): (href: string) => string | undefined {
  return (href) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || isAbsolute(href)) return undefined;
    const path = resolve(optionsDir, href);
    const rel = relative(optionsDir, path);
    const mime = MIME_TYPES[extname(path).toLowerCase()];
    if (rel.startsWith('..') || isAbsolute(rel) || !mime?.startsWith('image/') || !existsSync(path)) return undefined;
    return `data:${mime};base64,${readFileSync(path).toString('base64')}`;
  };
}
