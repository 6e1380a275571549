import { existsSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Problem } from '../errors.js';
import { LAYOUT } from '../load/project-files.js';
import { MIME_TYPES } from '../render/data-uri.js';
import { problemAt } from './located-problem.js';
import type { Entry } from './project.js';
import { walkStrings } from './walk-strings.js';

/** `![alt](href)` in Markdown, and `<img src="href">` in raw HTML. */
const IMAGE_REFS = [/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g, /<img\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi];

/** Why an image reference cannot be inlined from the project, or undefined when it can. */
export function imageProblem(href: string, optionsDir: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || isAbsolute(href)) {
    return `image "${href}" is not allowed: images must be files under options/, inlined into the brief, which is printed offline`;
  }
  const path = resolve(optionsDir, href);
  const rel = relative(optionsDir, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return `image "${href}" points outside options/`;
  if (!MIME_TYPES[extname(path).toLowerCase()]?.startsWith('image/')) return `"${href}" is not an image: use png, jpeg, gif, webp or svg`;
  if (!existsSync(path)) return `image "${href}" does not exist under options/`;
  return undefined;
}

/** Every image that an option's or pack's text refers to must be a file under options/. */
export function checkImages(entry: Entry<unknown>, root: string): Problem[] {
  const optionsDir = join(root, LAYOUT.options);
  return walkStrings(entry.data).flatMap(({ path, text }) =>
    IMAGE_REFS.flatMap((pattern) =>
      [...text.matchAll(pattern)].flatMap((m) => {
        const message = imageProblem(m[1]!, optionsDir);
        return message ? [problemAt(entry.yaml, path, message, 'error', 'value', m[1])] : [];
      }),
    ),
  );
}
