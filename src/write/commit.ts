import { link, lstat, rename, rm } from 'node:fs/promises';
import { sidePathFor, writeError } from './write-atomic.js';

/** One file of a build's commit: a temporary renamed over `target`, or (no temporary) `target` removed. */
export interface Change {
  target: string;
  temp?: string;
}

interface Done {
  target: string;
  /** The previous version, kept aside until the whole commit succeeds. */
  backup?: string;
  placed: boolean;
}

/**
 * Keeps the previous version of `target` aside: a second name for the same
 * file (so readers never find it missing), or, where links are not allowed,
 * the file moved. Only a regular file or a link is set aside; whatever else
 * stands there (a folder) is left for the rename to fail on.
 */
async function setAside(target: string, moving: boolean): Promise<string | undefined> {
  const stat = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!stat || !(stat.isFile() || stat.isSymbolicLink())) return undefined;
  const backup = sidePathFor(target, 'old');
  if (moving) await rename(target, backup);
  else await link(target, backup).catch(() => rename(target, backup));
  return backup;
}

/** Puts back what a failed commit changed, newest first; best effort, as the error that stopped it is the one to report. */
async function rollBack(done: readonly Done[]): Promise<void> {
  for (const step of [...done].reverse()) {
    if (step.backup) await rename(step.backup, step.target).catch(() => undefined);
    else if (step.placed) await rm(step.target, { force: true }).catch(() => undefined);
  }
}

/**
 * The build's one commit point: every change happens, or none does. Each
 * previous version is kept aside until the last change has succeeded; if any
 * step fails, or `signal` aborts between steps, every change already made is
 * undone, the temporaries are removed and the error is thrown (a failed step's
 * as an environment error naming its file).
 */
export async function commitChanges(changes: readonly Change[], signal?: AbortSignal): Promise<void> {
  const done: Done[] = [];
  try {
    for (const change of changes) {
      signal?.throwIfAborted();
      const step: Done = { target: change.target, placed: false };
      try {
        step.backup = await setAside(change.target, change.temp === undefined);
        done.push(step);
        if (change.temp) {
          await rename(change.temp, change.target);
          step.placed = true;
        }
      } catch (error) {
        throw writeError(change.target, error);
      }
    }
  } catch (error) {
    await rollBack(done);
    await Promise.all(changes.map((c) => (c.temp ? rm(c.temp, { force: true }).catch(() => undefined) : undefined)));
    throw signal?.aborted ? signal.reason : error;
  }
  await Promise.all(done.map((d) => (d.backup ? rm(d.backup, { force: true }).catch(() => undefined) : undefined)));
}
