import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { FORMATS, type Format } from '../core/output-paths.js';

/**
 * The record of what the last build of a pack wrote, in `output/<pack>/`: each
 * file with its size and hash. A later build removes the files it lists and no
 * longer makes (and only those, and only unchanged), and the preview serves
 * nothing else.
 */
export const MANIFEST = '.brief-manifest.json';

export interface ManifestEntry {
  /** Inside the pack's output folder, with `/` between folders: `analyst.pdf`, `handouts/dixon-plan.pdf`. */
  path: string;
  /** The output name of the template set that made it. */
  set: string;
  /** The format that made it: `pdf` for the HTML printed beside a PDF, so that an HTML-only build leaves that alone. */
  format: Format;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  pack: string;
  files: ManifestEntry[];
}

export const manifestPath = (out: string, pack: string) => join(out, pack, MANIFEST);

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A path a manifest may name: one or two plain names below the pack's folder, never the manifest, a dot-file or a way out. */
function safeInPack(path: unknown): path is string {
  if (typeof path !== 'string' || isAbsolute(path) || path.includes('\\') || path.includes('\0')) return false;
  const parts = path.split('/');
  return parts.length >= 1 && parts.length <= 2 && parts.every((p) => p !== '' && !p.startsWith('.'));
}

function entryOf(value: unknown): ManifestEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  const ok =
    safeInPack(e['path']) &&
    typeof e['set'] === 'string' &&
    (FORMATS as readonly unknown[]).includes(e['format']) &&
    typeof e['bytes'] === 'number' &&
    typeof e['sha256'] === 'string' &&
    /^[0-9a-f]{64}$/.test(e['sha256']);
  return ok ? (e as unknown as ManifestEntry) : undefined;
}

/**
 * The manifest of a pack's output folder: none when there is no such file;
 * `invalid` when it is not one this tool wrote (then nothing it names is
 * removed or served). It is read whole or not at all, and only as a regular file.
 */
export async function readManifest(out: string, pack: string): Promise<Manifest | 'invalid' | undefined> {
  if (!safeInPack(pack) || pack.includes('/')) return undefined;
  const path = manifestPath(out, pack);
  const stat = await lstat(path).catch(() => undefined);
  if (!stat) return undefined;
  if (!stat.isFile() || stat.size > 4 * 1024 * 1024) return 'invalid';
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as { pack?: unknown; files?: unknown };
    if (data.pack !== pack || !Array.isArray(data.files)) return 'invalid';
    const files = data.files.map(entryOf);
    return files.every((f) => f !== undefined) ? { pack, files } : 'invalid';
  } catch {
    return 'invalid';
  }
}

export const manifestText = (manifest: Manifest) =>
  `${JSON.stringify({ tool: 'options-brief', note: 'What the last build wrote here; brief removes only these files, and only unchanged.', ...manifest }, null, 2)}\n`;

/** Every pack folder under `out` with the files its manifest lists, in name order: what the last builds made. */
export async function builtPacks(out: string): Promise<Manifest[]> {
  const entries = await readdir(out, { withFileTypes: true }).catch(() => []);
  const packs = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  const manifests = await Promise.all(packs.map((pack) => readManifest(out, pack)));
  return manifests.filter((m): m is Manifest => typeof m === 'object');
}
