import { EXIT, InputError, problem, throwIfErrors } from '../core/errors.js';
import { LAYOUT } from '../core/layout.js';
import { count } from '../core/count.js';
import { didYouMean } from '../core/did-you-mean.js';
import { forTerminal } from '../core/terminal-text.js';
import type { EditionChanges } from '../model/compare-editions.js';
import { changesSince, sinceFlag } from '../previous-edition.js';
import { changeLine } from '../render/describe-change.js';
import { createTranslator } from '../i18n/translator.js';
import type { Io } from '../report/io.js';
import { templateDirs } from '../templates/template-set.js';
import { problemAt } from '../validate/located-problem.js';
import type { Project } from '../validate/project.js';
import { validateRoot } from '../validate/validate-root.js';

export interface DiffFlags {
  since?: string;
  json?: boolean;
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
 * a git tag, branch or commit (by default the edition the pack `follows`):
 * one line per change, or JSON.
 */
export async function diffCommand(root: string, packId: string | undefined, flags: DiffFlags, io: Io): Promise<number> {
  const { project, problems, audiences } = await validateRoot(root, templateDirs(root), { lint: false });
  throwIfErrors(problems);
  const pack = pickPack(project, packId);
  const ref = flags.since ?? pack.data.follows;
  if (ref === undefined) {
    throw new InputError([problemAt(pack.yaml, [], 'say which edition to compare with: --since <tag, branch or commit>, or `follows:` in the pack')]);
  }
  if (ref.startsWith('-')) throw new InputError([sinceFlag(`"${ref}" is not a git tag, branch or commit`)]);
  const where = flags.since === undefined ? (message: string) => problemAt(pack.yaml, ['follows'], message) : sinceFlag;
  const found = await changesSince(project, pack, ref, audiences, where);
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
