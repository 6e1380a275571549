import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Text files (options, sources, packs, templates, CSS) larger than this are refused. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Images and fonts inlined into a brief larger than this are refused. */
export const MAX_ASSET_BYTES = 8 * 1024 * 1024;

export type Capped = { ok: true; bytes: Buffer } | { ok: false; why: 'too-big'; size: number } | { ok: false; why: 'not-a-file' };

/**
 * Reads at most `max` bytes of a regular file. Opened without blocking, so a
 * FIFO cannot hang the tool, and checked on the open descriptor, so a device
 * or a file swapped in after a check is refused; a file that grows while
 * read stops at the limit.
 */
export function readCapped(path: string, max: number): Capped {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, why: 'not-a-file' };
    if (info.size > max) return { ok: false, why: 'too-big', size: info.size };
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - length + 1, 1 << 16), max + 1 - length));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > max) return { ok: false, why: 'too-big', size: length };
    }
    return { ok: true, bytes: Buffer.concat(chunks, length) };
  } finally {
    closeSync(fd);
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Why a file over the limit was refused, in words. */
export const tooBig = (size: number, max: number): string => `the file is ${mb(size)}; the limit is ${mb(max)}`;
