import { resolve } from 'node:path';
import { readDataUri } from '../core/data-uri.js';
import { imageProblem } from '../validate/check-images.js';

/**
 * Resolves images that Markdown fields refer to: only image files inside the
 * project's `options/` folder (validation has said why any other is refused),
 * inlined as `data:` URIs.
 */
export function projectImages(optionsDir: string): (href: string) => string | undefined {
  return (href) => (imageProblem(href, optionsDir) === undefined ? readDataUri(resolve(optionsDir, href)) : undefined);
}
