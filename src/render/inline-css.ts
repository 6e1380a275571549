import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { InputError, problem, type Problem } from '../core/errors.js';
import { assetRefusal } from '../core/data-uri.js';
import { isExternalRef, resolveInside } from '../core/inside.js';
import { fileToDataUri } from './data-uri.js';
import { cached, type RenderCache } from './render-cache.js';
import { at, parseStyle } from './parse-style.js';
import type { TemplateFile } from '../templates/template-set.js';

const require = createRequire(import.meta.url);

/**
 * Resolves a `url()` in template CSS to a file: relative paths stay inside the
 * set's folder; `npm:` names a file of a package the tool depends on (fonts).
 * Anything else could reach the network or the disk, and is refused.
 */
function resolveUrl(url: string, style: TemplateFile): { path?: string; error?: string } {
  if (url.startsWith('data:') || url.startsWith('#')) return {};
  if (url.startsWith('npm:')) {
    try {
      return { path: require.resolve(url.slice(4)) };
    } catch {
      return { error: `cannot find package file "${url.slice(4)}"` };
    }
  }
  if (isExternalRef(url)) {
    return { error: `"${url}" is not allowed: CSS may only refer to files inside its template set (the brief must print offline)` };
  }
  const path = resolveInside(dirname(style.path), url);
  if (path === undefined) return { error: `"${url}" points outside the template set` };
  const refused = assetRefusal(dirname(style.path), path);
  if (refused !== undefined) return { error: `file "${url}" ${refused}` };
  return { path };
}

/**
 * The CSS with every file it names made a `data:` URI. The CSS is parsed (by
 * css-tree, as a browser tokenises it), so case and escape variants of `url(`,
 * `image-set(` and `@import` are seen: a `url()` or an `image-set()` string is
 * resolved as above, `@import` and `src()` are refused, and CSS that cannot be
 * parsed is refused with its position, since a browser might still read a
 * request in it.
 */
export async function inlineCss(style: TemplateFile, cache?: RenderCache): Promise<string> {
  const parsed = cached(cache, cache?.styles, cache ? `${style.file}\u0000${style.source}` : '', () => parseStyle(style));
  const problems = [...parsed.problems];
  const edits: { from: number; to: number; text: string }[] = [];
  for (const { value: url, loc, as } of parsed.refs) {
    const { path, error } = resolveUrl(url, style);
    if (error) problems.push(problem(style.file, error, at(loc)));
    else if (path) {
      const uri = await fileToDataUri(path, cache);
      if (uri && loc) edits.push({ from: loc.start.offset, to: loc.end.offset, text: as(uri) });
      else problems.push(problem(style.file, `"${url}" is not a font or image file`, at(loc)));
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  // Spliced into the text as written, in one join: cutting a string built by joining copies it whole, and fonts are megabytes.
  const parts: string[] = [];
  let from = 0;
  for (const e of edits.sort((a, b) => a.from - b.from)) {
    parts.push(style.source.slice(from, e.from), e.text);
    from = e.to;
  }
  parts.push(style.source.slice(from));
  return parts.join('');
}
