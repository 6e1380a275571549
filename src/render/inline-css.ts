import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { InputError, problem, type Problem } from '../core/errors.js';
import { assetRefusal } from '../core/data-uri.js';
import { isExternalRef, resolveInside } from '../core/inside.js';
import { fileToDataUri } from './data-uri.js';
import type { RenderCache } from './render-cache.js';
import type { TemplateFile } from '../templates/template-set.js';

const require = createRequire(import.meta.url);
const URL_PATTERN = /url\(\s*(['"]?)([^'")]*)\1\s*\)/g;

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

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

/** The CSS with every `url()` made a `data:` URI; `@import` is refused. */
export async function inlineCss(style: TemplateFile, cache?: RenderCache): Promise<string> {
  const problems: Problem[] = [];
  const text = style.source;
  for (const m of text.matchAll(/@import\b/g)) {
    problems.push(problem(style.file, '@import is not allowed: put the rules in style.css', { line: lineOf(text, m.index), column: 1 }));
  }
  const replacements = new Map<string, string>();
  for (const m of text.matchAll(URL_PATTERN)) {
    const url = m[2] ?? '';
    const { path, error } = resolveUrl(url, style);
    if (error) problems.push(problem(style.file, error, { line: lineOf(text, m.index), column: 1 }));
    else if (path) {
      const uri = await fileToDataUri(path, cache);
      if (uri) replacements.set(m[0], `url("${uri}")`);
      else problems.push(problem(style.file, `"${url}" is not a font or image file`, { line: lineOf(text, m.index), column: 1 }));
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return text.replace(URL_PATTERN, (whole) => replacements.get(whole) ?? whole);
}
