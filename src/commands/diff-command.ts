import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXIT, InputError, problem, throwIfErrors } from '../core/errors.js';
import { LAYOUT, outputDir, shownPath } from '../core/layout.js';
import { count } from '../core/count.js';
import { didYouMean } from '../core/did-you-mean.js';
import { forTerminal } from '../core/terminal-text.js';
import { compareEditions, type EditionChanges } from '../model/compare-editions.js';
import { readSnapshot, snapshotPath } from '../model/edition-snapshot.js';
import type { Pack } from '../schema/pack.js';
import { changesSince, sinceFlag } from '../previous-edition.js';
import { changeLine } from '../render/describe-change.js';
import { createTranslator } from '../i18n/translator.js';
import type { Io } from '../report/io.js';
import { templateDirs } from '../templates/template-set.js';
import { problemAt } from '../validate/located-problem.js';
import type { Entry, Project } from '../validate/project.js';
import { validateRoot } from '../validate/validate-root.js';

export interface DiffFlags {
  since?: string;
  /** Compare with the snapshot the last build wrote in the output folder. */
  sinceBuild?: boolean;
  /** The output folder the last build wrote to, for `--since-build`. */
  out?: string;
  json?: boolean;
}

/** A `--since` naming a file (`….json`) is a build's snapshot, not a git ref. */
const isSnapshot = (since: string) => since.toLowerCase().endsWith('.json');

/** What changed in `pack` since the build that wrote the snapshot at `path`, or why the snapshot cannot say. */
async function changesSinceSnapshot(project: Project, pack: Entry<Pack>, path: string): Promise<EditionChanges> {
  const shown = shownPath(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new InputError([
      problem(shown, missing ? 'there is no snapshot here: each `brief build` writes one in the pack\'s output folder, so build the pack first, or compare with a git ref' : `cannot be read: ${(error as Error).message}`),
    ]);
  }
  const read = readSnapshot(shown, text);
  if (!read.ok) throw new InputError(read.problems);
  if (read.pack.id !== pack.id) throw new InputError([problem(shown, `is the snapshot of pack "${read.pack.id}", not of "${pack.id}"; pass the one in output/${pack.id}/`)]);
  return { ref: shown, edition: read.pack.data.edition ?? null, date: read.pack.data.date, items: compareEditions(read.edition, read.pack, project, pack) };
}

/** The pack named, or the only one there is. */
function pickPack(project: Project, packId: string | undefined) {
  const known = [...project.packs.keys()];
  if (packId !== undefined) {
    const pack = project.packs.get(packId);
    if (!pack) throw new InputError([problem(LAYOUT.packs, `no pack "${packId}"${didYouMean(packId, known)}; packs here: ${known.join(', ') || 'none'}`)]);
    return pack;
  }
  if (known.length === 1) return project.packs.get(known[0]!)!;
  throw new InputError([problem(LAYOUT.packs, known.length === 0 ? 'no pack to compare: add a pack file here' : `name the pack to compare: ${known.join(', ')}`)]);
}

/** `Changes since edition-1 (edition 1 of 2026-11-21):`, the heading of the plain-text list. */
const heading = (found: EditionChanges) => {
  const which = found.edition === null ? found.date : `edition ${found.edition} of ${found.date}`;
  return `${count(found.items.length, 'change')} since ${found.ref} (${which})`;
};

/**
 * `brief diff [pack] --since <ref>`: what changed in a pack since it stood at
 * a git tag, branch or commit (by default the edition the pack `follows`),
 * or since a build (`--since output/<pack>/.brief-snapshot.json`, or
 * `--since-build` for the last build's): one line per change, or JSON.
 */
export async function diffCommand(root: string, packId: string | undefined, flags: DiffFlags, io: Io): Promise<number> {
  const { project, problems, audiences } = await validateRoot(root, templateDirs(root), { lint: false });
  throwIfErrors(problems);
  const pack = pickPack(project, packId);
  if (flags.sinceBuild && flags.since !== undefined) throw new InputError([sinceFlag('give --since or --since-build, not both')]);
  const snapshot = flags.sinceBuild ? snapshotPath(outputDir(root, flags.out), pack.id) : flags.since !== undefined && isSnapshot(flags.since) ? resolve(flags.since) : undefined;
  if (snapshot !== undefined) return report(pack, await changesSinceSnapshot(project, pack, snapshot), flags, io);
  const ref = flags.since ?? pack.data.follows;
  if (ref === undefined) {
    throw new InputError([problemAt(pack.yaml, [], 'say which edition to compare with: --since <tag, branch or commit>, --since-build for the last build, or `follows:` in the pack')]);
  }
  if (ref.startsWith('-')) throw new InputError([sinceFlag(`"${ref}" is not a git tag, branch or commit`)]);
  const where = flags.since === undefined ? (message: string) => problemAt(pack.yaml, ['follows'], message) : sinceFlag;
  return report(pack, await changesSince(project, pack, ref, audiences, where), flags, io);
}

/** The changes as lines on the terminal, or as JSON. */
function report(pack: Entry<Pack>, found: EditionChanges, flags: DiffFlags, io: Io): number {
  const ref = found.ref;
  if (flags.json) {
    io.out(JSON.stringify({ pack: pack.id, since: { ref: found.ref, edition: found.edition, date: found.date }, changes: found.items }, null, 2));
    return EXIT.ok;
  }
  if (found.items.length === 0) {
    io.out(`${pack.id}: nothing changed since ${ref}`);
    return EXIT.ok;
  }
  io.out(`${pack.id}: ${heading(found)}`);
  const i18n = createTranslator(pack.data.lang);
  for (const change of found.items) io.out(`  ${forTerminal(changeLine(change, i18n))}`);
  return EXIT.ok;
}
