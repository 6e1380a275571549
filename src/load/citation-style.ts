import { fileURLToPath } from 'node:url';
import { didYouMean } from '../core/did-you-mean.js';
import { realFileInside, REFUSED, resolveInside } from '../core/inside.js';
import { MAX_TEXT_BYTES, readCapped, tooBig } from '../core/read-capped.js';

/** The style every built-in set formats its sources list in: written for policy and legal documents (`csl/policy-brief.csl`). */
export const DEFAULT_CITATION_STYLE = 'policy-brief';

/** The styles a pack or set can name: ours, and the three the citation processor's package bundles. */
export const BUNDLED_CITATION_STYLES = [DEFAULT_CITATION_STYLE, 'apa', 'vancouver', 'harvard1'] as const;

/** The shipped folder of CSL files: our style and the locales we wrote for languages the processor has none for. */
export const CSL_DIR = fileURLToPath(new URL('../../csl', import.meta.url));

const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl';

/** A style as a render reads it: a bundled name, or the absolute path of a `.csl` file. */
export type CitationStyle = string;

export type ResolvedStyle = { ok: true; style: CitationStyle } | { ok: false; message: string };

/** Why a file's text is not a CSL style with a bibliography, or nothing when it is one. */
export function notACslStyle(text: string): string | undefined {
  const root = /<style\b[^>]*>/.exec(text)?.[0];
  if (!root) return 'it is not a CSL style (no <style> element)';
  if (!root.includes(CSL_NAMESPACE)) return `its <style> element is not in the CSL namespace ${CSL_NAMESPACE}`;
  if (!/<bibliography\b/.test(text)) return 'the style has no <bibliography>, so it cannot format a sources list';
  return undefined;
}

/**
 * `citation_style:` of a pack or template set: one of the bundled names, or
 * a `.csl` file given relative to `dir` (the project, or the set's folder)
 * that really lies inside it and holds a CSL style with a bibliography.
 */
export function resolveCitationStyle(value: string, dir: string, where = 'the project folder'): ResolvedStyle {
  if ((BUNDLED_CITATION_STYLES as readonly string[]).includes(value)) return { ok: true, style: value };
  const names = BUNDLED_CITATION_STYLES.join(', ');
  if (!value.toLowerCase().endsWith('.csl')) {
    return { ok: false, message: `unknown citation style "${value}"${didYouMean(value, BUNDLED_CITATION_STYLES)}: name one of ${names}, or give the path of a .csl file` };
  }
  const path = resolveInside(dir, value);
  if (!path) return { ok: false, message: `citation style "${value}" must be a .csl file inside ${where}, given relative to it` };
  const real = realFileInside(dir, path);
  if (!real.ok && real.why === 'missing') return { ok: false, message: `citation style "${value}" is not a file in ${where}: give the .csl file's path from there` };
  if (!real.ok) return { ok: false, message: `citation style "${value}": the file ${REFUSED[real.why]}` };
  let read;
  try {
    read = readCapped(real.path, MAX_TEXT_BYTES);
  } catch (error) {
    return { ok: false, message: `citation style "${value}" cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (!read.ok) return { ok: false, message: `citation style "${value}": ${read.why === 'too-big' ? tooBig(read.size, MAX_TEXT_BYTES) : `the file ${REFUSED[read.why]}`}` };
  const why = notACslStyle(new TextDecoder().decode(read.bytes));
  if (why) return { ok: false, message: `citation style "${value}": ${why}; give a CSL 1.0 style file (.csl)` };
  return { ok: true, style: real.path };
}
