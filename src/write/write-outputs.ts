import { realpathSync } from 'node:fs';
import { lstat, readFile, rm, rmdir } from 'node:fs/promises';
import { realFileInside } from '../core/inside.js';
import { dirname, join } from 'node:path';
import { problem, type Problem } from '../core/errors.js';
import { shownPath } from '../core/layout.js';
import { outputPlace, type Format, type Output } from '../core/output-paths.js';
import { commitChanges, type Change } from './commit.js';
import { manifestPath, manifestText, readManifest, sha256, type Manifest, type ManifestEntry } from './manifest.js';
import { writeTemp } from './write-atomic.js';

export type { Output };

/** Which of a pack's earlier outputs this build answers for: those of the formats it makes, of the sets it builds. */
export interface WriteScope {
  formats: readonly Format[];
  /** For each pack built, the output names of the sets built for it. */
  sets: ReadonlyMap<string, ReadonlySet<string>>;
  /** True when the pack's own audiences were built (no `--audience`): a set it no longer has is the build's to clear too. */
  everyAudience: boolean;
}

export interface Written {
  written: string[];
  /** Files the previous build of a pack wrote that this one no longer makes (a removed option's handout, a dropped set). */
  removed: string[];
  /** A file that would have been removed but was changed since it was written, so is kept. */
  warnings: Problem[];
}

/** The file unchanged since the manifest recorded it: same size, same hash, still a regular file, reached through no link. */
async function unchanged(packDir: string, path: string, entry: ManifestEntry): Promise<boolean> {
  const stat = await lstat(path).catch(() => undefined);
  if (!stat?.isFile() || stat.size !== entry.bytes) return false;
  const real = realFileInside(packDir, path);
  if (!real.ok || real.path !== join(realpathSync(packDir), ...entry.path.split('/'))) return false;
  return sha256(await readFile(path)) === entry.sha256;
}

interface PackPlan {
  manifest: Manifest;
  removals: string[];
  warnings: Problem[];
}

/** One pack's new manifest, and which of its earlier files go: listed, in the build's scope, not made now, and unchanged. */
async function planPack(out: string, pack: string, made: readonly ManifestEntry[], scope: WriteScope): Promise<PackPlan> {
  const previous = await readManifest(out, pack);
  const plan: PackPlan = { manifest: { pack, files: [...made] }, removals: [], warnings: [] };
  if (previous === 'invalid') {
    plan.warnings.push(problem(shownPath(manifestPath(out, pack)), 'not a manifest this tool wrote: no earlier output was removed; it is replaced by this build\'s', {}, 'warning'));
    return plan;
  }
  const names = new Set(made.map((e) => e.path));
  const sets = scope.sets.get(pack) ?? new Set<string>();
  for (const entry of previous?.files ?? []) {
    if (names.has(entry.path)) continue;
    const path = join(out, pack, ...entry.path.split('/'));
    const exists = await lstat(path).then(() => true, () => false);
    if (!exists) continue;
    const answersFor = scope.formats.includes(entry.format) && (scope.everyAudience || sets.has(entry.set));
    if (!answersFor) plan.manifest.files.push(entry);
    else if (await unchanged(join(out, pack), path, entry)) plan.removals.push(path);
    else plan.warnings.push(problem(shownPath(path), 'kept: this build no longer makes it, but it was changed since brief wrote it; delete it if it is not wanted', {}, 'warning'));
  }
  plan.manifest.files.sort((a, b) => a.path.localeCompare(b.path));
  return plan;
}

/** The manifest entry of a file the build makes. */
function entryFor(out: string, output: Output): { pack: string; entry: ManifestEntry } {
  const place = outputPlace(out, output.path);
  if (!place) throw new Error(`an output outside the layout of ${out}: ${output.path}`);
  const bytes = typeof output.data === 'string' ? Buffer.byteLength(output.data) : output.data.byteLength;
  return { pack: place.pack, entry: { path: place.inPack, set: place.set, format: output.madeFor ?? place.format, bytes, sha256: sha256(output.data) } };
}

/**
 * The write stage, called only once every output exists in memory, and the
 * build's one commit point. Every file is first written to a temporary beside
 * its target, with each pack's new manifest; then, in one commit, each is
 * renamed into place, the files the previous build of the pack made and this
 * one no longer does are removed, and the manifest is swapped last. If any
 * step fails, or `signal` aborts, every change is undone: each output is the
 * previous build's or this one's, all of them from the same build.
 */
export async function writeOutputs(out: string, outputs: readonly Output[], scope: WriteScope, signal?: AbortSignal, kept: readonly Output[] = []): Promise<Written> {
  const made = new Map<string, ManifestEntry[]>([...scope.sets.keys()].map((pack) => [pack, []]));
  for (const output of outputs) {
    const { pack, entry } = entryFor(out, output);
    made.set(pack, [...(made.get(pack) ?? []), entry]);
  }
  const plans = await Promise.all([...made].map(([pack, entries]) => planPack(out, pack, entries, scope)));
  // `kept`: what the build keeps for itself beside a pack's files (its edition snapshot): committed with them, not in the manifest, so never served or removed.
  const files: Output[] = [...outputs, ...kept, ...plans.map((p) => ({ path: manifestPath(out, p.manifest.pack), data: manifestText(p.manifest) }))];

  const temps: string[] = [];
  try {
    for (const file of files) {
      signal?.throwIfAborted();
      temps.push(await writeTemp(file.path, file.data));
    }
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true }).catch(() => undefined)));
    throw signal?.aborted ? signal.reason : error;
  }
  const removals = plans.flatMap((p) => p.removals);
  const changes: Change[] = [
    ...[...outputs, ...kept].map((o, i) => ({ target: o.path, temp: temps[i] })),
    ...removals.map((target) => ({ target })),
    // The manifests last: until they are in place, the previous ones still describe what is there.
    ...plans.map((p, i) => ({ target: manifestPath(out, p.manifest.pack), temp: temps[outputs.length + kept.length + i] })),
  ];
  await commitChanges(changes, signal);
  // A folder the removals emptied (a set's handouts) goes too; one holding anything else stays.
  for (const folder of new Set(removals.map((r) => dirname(r)))) {
    if (dirname(folder) !== out) await rmdir(folder).catch(() => undefined);
  }
  return { written: outputs.map((o) => o.path), removed: removals, warnings: plans.flatMap((p) => p.warnings) };
}
