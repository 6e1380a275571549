import { basename, dirname } from 'node:path';
import { assetRefusal, readDataUri } from '../core/data-uri.js';
import { InputError, problem, type Problem } from '../core/errors.js';
import { isExternalRef, resolveInside } from '../core/inside.js';
import { imageMime } from '../core/mime.js';
import type { TemplateFile, TemplateSet } from '../templates/template-set.js';

/** `src="..."` (or `srcset`) of an `<img>` in a template, with where its value starts. */
const IMG_SRC = /<img\b[^>]*?\s(src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** The set folder a template file belongs to: its own folder, or the one above `partials/`. */
const setDirOf = (file: TemplateFile) => (basename(dirname(file.path)) === 'partials' ? dirname(dirname(file.path)) : dirname(file.path));

/**
 * A template with each `<img src="...">` that names a file of its set inlined
 * as a `data:` URI, as option images are: the brief is one self-contained
 * file printed offline, so a relative address would print as a broken image.
 * The file must be an image (png, jpeg, gif, webp, svg) whose real path is in
 * the set's folder, within the size limit; anything else, a remote address
 * included, is an error at its line and column. A `src` made by the template
 * (`{{...}}`) is left alone: the brief's policy blocks any request it makes.
 */
function inlineImages(file: TemplateFile, problems: Problem[]): TemplateFile {
  const dir = setDirOf(file);
  let changed = false;
  const source = file.source.replace(IMG_SRC, (whole, attribute: string, ...values: unknown[]) => {
    const [double, single, bare, offset] = values as [string | undefined, string | undefined, string | undefined, number];
    const src = (double ?? single ?? bare ?? '').trim();
    if (src === '' || src.includes('{{') || src.startsWith('data:image/')) return whole;
    const inWhole = whole.lastIndexOf(src);
    const before = file.source.slice(0, offset + inWhole);
    const line = before.split('\n').length;
    const at = { line, column: before.length - before.lastIndexOf('\n') };
    const refuse = (why: string) => {
      problems.push(problem(file.file, why, at));
      return whole;
    };
    if (attribute.toLowerCase() === 'srcset') return refuse(`srcset="${src}" is not inlined: name one image with src="..." (a file in the template set)`);
    if (isExternalRef(src)) return refuse(`image "${src}" is not allowed: a template's images must be files in its template set, inlined into the brief, which is printed offline`);
    const path = resolveInside(dir, src);
    if (path === undefined) return refuse(`image "${src}" points outside the template set`);
    if (!imageMime(path)) return refuse(`"${src}" is not an image: use png, jpeg, gif, webp or svg`);
    const refused = assetRefusal(dir, path);
    const uri = refused === undefined ? readDataUri(path) : undefined;
    if (uri === undefined) return refuse(`image "${src}" ${refused ?? 'cannot be read'}`);
    changed = true;
    return whole.slice(0, inWhole) + uri + whole.slice(inWhole + src.length);
  });
  return changed ? { ...file, source } : file;
}

/** The set with the images of its layout and partials inlined, or an InputError naming each image refused. */
export function withTemplateImages(set: TemplateSet): TemplateSet {
  const problems: Problem[] = [];
  const layout = inlineImages(set.layout, problems);
  const partials = new Map([...set.partials].map(([name, file]) => [name, inlineImages(file, problems)]));
  if (problems.length > 0) throw new InputError(problems);
  return { ...set, layout, partials };
}
