import { basename, extname, join, relative, sep } from 'node:path';

/** The formats a brief can be written in, in the order a build makes them. */
export const FORMATS = ['html', 'pdf', 'docx'] as const;
export type Format = (typeof FORMATS)[number];

/** A file a build writes: its path and its whole content. */
export interface Output {
  path: string;
  data: string | Uint8Array;
  /** The format whose stage made it, when not the one its name says: the HTML printed beside a PDF belongs to the PDF. */
  madeFor?: Format;
}

/** What decides where a brief goes: its pack, its set's output name, and for a one-option brief, the option. */
export interface BriefPlace {
  pack: { id: string };
  set: { config: { output: string } };
  option?: { id: string };
}

/** `output/<pack-id>/<name>.<format>`: the layout users and scripts rely on. */
export const briefPath = (outDir: string, packId: string, name: string, format: Format) => join(outDir, packId, `${name}.${format}`);

/** `output/<pack-id>/<name>/<option-id>.<format>`: one brief per option, e.g. `handouts/dixon-plan.pdf`. */
export const optionBriefPath = (outDir: string, packId: string, name: string, optionId: string, format: Format) =>
  join(outDir, packId, name, `${optionId}.${format}`);

/** Where a brief is written in `format`: one of the two paths above. */
export function briefOutputPath(outDir: string, brief: BriefPlace, format: Format): string {
  const name = brief.set.config.output;
  return brief.option === undefined ? briefPath(outDir, brief.pack.id, name, format) : optionBriefPath(outDir, brief.pack.id, name, brief.option.id, format);
}

/**
 * What a path under the output folder stands for, read back from the layout above: its pack, the output name of
 * its set (`analyst`, `handouts`) and its format; undefined for a path the layout does not make.
 */
export function outputPlace(outDir: string, path: string): { pack: string; set: string; format: Format; inPack: string } | undefined {
  const parts = relative(outDir, path).split(sep);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  const format = extname(parts.at(-1)!).slice(1) as Format;
  if (!FORMATS.includes(format)) return undefined;
  const set = parts.length === 3 ? parts[1]! : basename(parts[1]!, `.${format}`);
  return { pack: parts[0]!, set, format, inPack: parts.slice(1).join('/') };
}
