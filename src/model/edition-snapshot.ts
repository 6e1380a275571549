import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import { problem, type Problem } from '../core/errors.js';
import { OptionSchema } from '../schema/option.js';
import { PackSchema, type Pack } from '../schema/pack.js';
import { SourceSchema } from '../schema/source.js';
import { findCitations } from '../validate/find-citations.js';
import type { Entry, Project } from '../validate/project.js';
import type { Edition } from './compare-editions.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** The file each build writes beside a pack's briefs: `output/<pack>/.brief-snapshot.json`. */
export const SNAPSHOT_FILE = '.brief-snapshot.json';
export const snapshotPath = (outDir: string, packId: string) => join(outDir, packId, SNAPSHOT_FILE);

/** What the snapshot says it is: a reader refuses any other file, or a later format it cannot read. */
const KIND = 'options-brief edition snapshot';
const FORMAT = 1;

/**
 * A pack as one build saw it, as data: the pack, its options and the
 * sources they cite, each as its schema gave it. Exactly what
 * `compareEditions` compares, so `brief diff --since` can compare with the
 * last build as with a git ref.
 */
const SnapshotSchema = z.strictObject({
  kind: z.literal(KIND),
  format: z.literal(FORMAT),
  generator: z.string(),
  pack: z.strictObject({ id: z.string(), data: PackSchema }),
  options: z.record(z.string(), OptionSchema),
  sources: z.record(z.string(), SourceSchema),
});
export type EditionSnapshot = z.output<typeof SnapshotSchema>;

/** The snapshot of `pack` as the project has it now, as the JSON a build writes. */
export function editionSnapshot(project: Project, pack: Entry<Pack>): string {
  const options = Object.fromEntries(pack.data.options.map((id) => [id, project.options.get(id)!.data]));
  const cited = new Set([pack.data, ...Object.values(options)].flatMap((data) => findCitations(data).map((c) => c.id)));
  const sources = Object.fromEntries([...cited].sort().flatMap((id) => (project.sources.has(id) ? [[id, project.sources.get(id)!.data]] : [])));
  const snapshot: EditionSnapshot = { kind: KIND, format: FORMAT, generator: `options-brief ${version}`, pack: { id: pack.id, data: pack.data }, options, sources };
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** Where JSON.parse stopped, as line and column, from the position its message gives. */
function jsonPosition(text: string, message: string): { line?: number; column?: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const at = /position (\d+)/.exec(message);
  if (!at) return {};
  const before = text.slice(0, Number(at[1])).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export type ReadSnapshot = { ok: true; pack: { id: string; data: Pack }; edition: Edition } | { ok: false; problems: Problem[] };

/**
 * A snapshot file read back as an edition to compare with, or why it cannot
 * be: not JSON, not a snapshot, or one whose data today's schemas refuse.
 */
export function readSnapshot(file: string, text: string): ReadSnapshot {
  const fail = (message: string, where: { line?: number; column?: number; field?: string } = {}): ReadSnapshot => ({ ok: false, problems: [problem(file, message, where)] });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(`is not a snapshot options-brief wrote: it is not valid JSON (${message.split('\n')[0]}); build the pack again to write a new one`, jsonPosition(text, message));
  }
  const kind = (json as { kind?: unknown } | null)?.kind;
  if (kind !== KIND) return fail(`is not a snapshot options-brief wrote (it has no "kind": "${KIND}"); pass the ${SNAPSHOT_FILE} of a pack's output folder, or a git ref`);
  const format = (json as { format?: unknown }).format;
  if (format !== FORMAT) return fail(`is a snapshot in format ${JSON.stringify(format)}, which this version (${FORMAT}) cannot read; build the pack again, or compare with a git ref`);
  const parsed = SnapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.');
    return fail(`does not hold a pack as this version reads packs (${field}: ${issue.message}); build the pack again, or compare with a git ref`, { field });
  }
  const { pack, options, sources } = parsed.data;
  const missing = pack.data.options.find((id) => !(id in options));
  if (missing !== undefined) return fail(`lists option "${missing}" in its pack but does not hold it; build the pack again to write a whole snapshot`, { field: 'options' });
  return {
    ok: true,
    pack: { id: pack.id, data: pack.data },
    edition: {
      options: new Map(Object.entries(options).map(([id, data]) => [id, { data }])),
      sources: new Map(Object.entries(sources).map(([id, data]) => [id, { data }])),
    },
  };
}
