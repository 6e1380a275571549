import { ident, parse, walk, type CssLocation } from 'css-tree';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { InputError, problem, type Problem } from '../core/errors.js';
import { assetRefusal } from '../core/data-uri.js';
import { isExternalRef, resolveInside } from '../core/inside.js';
import { fileToDataUri } from './data-uri.js';
import type { RenderCache } from './render-cache.js';
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

/** A CSS name as the browser reads it: escapes decoded, case folded (`\\69 MPORT` is `import`). */
const cssName = (name: string) => ident.decode(name).toLowerCase();

/**
 * The CSS with every file it names made a `data:` URI. The CSS is parsed (by
 * css-tree, as a browser tokenises it), so case and escape variants of `url(`,
 * `image-set(` and `@import` are seen: a `url()` or an `image-set()` string is
 * resolved as above, `@import` and `src()` are refused, and CSS that cannot be
 * parsed is refused with its position, since a browser might still read a
 * request in it.
 */
export async function inlineCss(style: TemplateFile, cache?: RenderCache): Promise<string> {
  const problems: Problem[] = [];
  const at = (loc: CssLocation | undefined) => ({ line: loc?.start.line ?? 1, column: loc?.start.column ?? 1 });
  const ast = parse(style.source, {
    positions: true,
    onParseError: (error) => {
      const { line, column } = error as unknown as { line?: number; column?: number };
      problems.push(problem(style.file, `CSS that cannot be parsed (${error.message.replace(/\.$/, '')}): fix it, as a browser might read a request in it`, { line, column }));
    },
  });
  const refs: { value: string; loc?: CssLocation; as: (uri: string) => string }[] = [];
  walk(ast, (node) => {
    if (node.type === 'Atrule' && cssName(node.name) === 'import') problems.push(problem(style.file, '@import is not allowed: put the rules in style.css', at(node.loc)));
    else if (node.type === 'Url') refs.push({ value: node.value, loc: node.loc, as: (uri) => `url("${uri}")` });
    else if (node.type === 'Function' && cssName(node.name) === 'src') problems.push(problem(style.file, 'src() is not allowed: use url() with a file in the template set', at(node.loc)));
    else if (node.type === 'Function' && cssName(node.name).endsWith('image-set')) {
      node.children.forEach((child) => void (child.type === 'String' && refs.push({ value: child.value, loc: child.loc, as: (uri) => `"${uri}"` })));
    }
  });
  const edits: { from: number; to: number; text: string }[] = [];
  for (const { value: url, loc, as } of refs) {
    const { path, error } = resolveUrl(url, style);
    if (error) problems.push(problem(style.file, error, at(loc)));
    else if (path) {
      const uri = await fileToDataUri(path, cache);
      if (uri && loc) edits.push({ from: loc.start.offset, to: loc.end.offset, text: as(uri) });
      else problems.push(problem(style.file, `"${url}" is not a font or image file`, at(loc)));
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  // Spliced into the text as written, from the end, so earlier offsets stay true.
  return edits.sort((a, b) => b.from - a.from).reduce((text, e) => text.slice(0, e.from) + e.text + text.slice(e.to), style.source);
}
