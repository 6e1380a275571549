import { join } from 'node:path';
import type { Problem } from '../core/errors.js';
import { assetRefusal } from '../core/data-uri.js';
import { LAYOUT } from '../core/layout.js';
import { isExternalRef, REFUSED, resolveInside } from '../core/inside.js';
import { imageMime } from '../core/mime.js';
import { problemAt } from './located-problem.js';
import type { FieldPath } from '../load/locate.js';
import type { Entry } from './project.js';
import { walkStrings } from './walk-strings.js';

/** `![alt](href)` in Markdown, and `<img src="href">` in raw HTML. */
const IMAGE_REFS = [/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g, /<img\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi];

/** Why an image reference cannot be inlined from the project, or undefined when it can. */
export function imageProblem(href: string, optionsDir: string): string | undefined {
  if (isExternalRef(href)) {
    return `image "${href}" is not allowed: images must be files under options/, inlined into the brief, which is printed offline`;
  }
  const path = resolveInside(optionsDir, href);
  if (path === undefined) return `image "${href}" points outside options/`;
  if (!imageMime(path)) return `"${href}" is not an image: use png, jpeg, gif, webp or svg`;
  const refused = assetRefusal(optionsDir, path);
  if (refused === undefined) return undefined;
  return `image "${href}" ${refused}${refused === REFUSED.missing ? ' under options/' : ''}`;
}

/** Every image that an option's or pack's text refers to must be a file under options/. */
export function checkImages(entry: Entry<unknown>, root: string): Problem[] {
  const optionsDir = join(root, LAYOUT.options);
  return walkStrings(entry.data).flatMap(({ path, text }) =>
    IMAGE_REFS.flatMap((pattern) =>
      [...text.matchAll(pattern)].flatMap((m) => {
        const message = imageProblem(m[1]!, optionsDir);
        return message ? [imageAt(entry, path, message, m[0], m[1]!)] : [];
      }),
    ),
  );
}

/**
 * The problem at the image's own address: found by the whole reference
 * (`![map](x`, `<img src=x`), so an address that also occurs earlier in the
 * text ("x" in "box") is not mistaken for it.
 */
function imageAt(entry: Entry<unknown>, path: FieldPath, message: string, reference: string, href: string): Problem {
  const found = problemAt(entry.yaml, path, message, 'error', 'value', reference);
  const into = reference.lastIndexOf(href);
  const sameLine = !reference.slice(0, into).includes('\n');
  return entry.yaml.text.includes(reference) && sameLine && found.column !== undefined ? { ...found, column: found.column + into } : problemAt(entry.yaml, path, message, 'error', 'value', href);
}
