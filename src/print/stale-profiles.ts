import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { processAlive } from '../core/process-alive.js';

/** Each browser's profile and temporary files live in one folder named so, in the system's temporary folder. */
export const PROFILE_PREFIX = 'brief-chromium-';
/** The file in that folder holding the id of the process that started the browser. */
export const OWNER_FILE = 'owner.pid';
/** A folder with no owner file (made by an older version) is left alone until it is this old. */
const UNOWNED_AGE_MS = 24 * 60 * 60 * 1000;

/** Whether a browser folder is left over: its owner has exited, or it has no owner and is a day old. */
async function stale(dir: string): Promise<boolean> {
  const owner = await readFile(join(dir, OWNER_FILE), 'utf8').catch(() => undefined);
  if (owner !== undefined) return /^\d+\s*$/.test(owner) && !processAlive(Number(owner));
  const info = await stat(dir).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > UNOWNED_AGE_MS;
}

/**
 * Removes the browser folders in `tmp` whose owning process is gone: what a
 * build killed with SIGKILL (or a crash of the machine) leaves behind. A live
 * build's folder, or a watch session's, is never touched. Never fails.
 */
export async function removeStaleProfiles(tmp: string): Promise<string[]> {
  const names = await readdir(tmp).catch(() => [] as string[]);
  const dirs = names.filter((n) => n.startsWith(PROFILE_PREFIX)).map((n) => join(tmp, n));
  const removed = await Promise.all(
    dirs.map(async (dir) => ((await stale(dir)) && (await rm(dir, { recursive: true, force: true }).then(() => true, () => false)) ? dir : undefined)),
  );
  return removed.filter((d): d is string => d !== undefined);
}
