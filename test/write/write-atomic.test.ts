import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/core/errors.js';
import { writeAtomic } from '../../src/write/write-atomic.js';
import { tempDir } from '../helpers/fixtures.js';

describe('writeAtomic', () => {
  it('writes the file, creating folders, and leaves no temporary file', async () => {
    const dir = tempDir();
    const path = join(dir, 'pack', 'analyst.html');
    await writeAtomic(path, '<p>new</p>');
    expect(readFileSync(path, 'utf8')).toBe('<p>new</p>');
    expect(readdirSync(join(dir, 'pack'))).toEqual(['analyst.html']);
  });

  it('replaces an existing file whole', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.pdf');
    writeFileSync(path, 'old contents that are longer');
    await writeAtomic(path, new Uint8Array([37, 80, 68, 70]));
    expect(readFileSync(path, 'latin1')).toBe('%PDF');
  });

  it('fails as an environment error and leaves the previous file as it was', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.pdf');
    writeFileSync(path, 'previous');
    // A folder where the temporary file's rename target is: the rename must fail.
    const blocked = join(dir, 'blocked.pdf');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'x'), '');
    await expect(writeAtomic(blocked, 'new')).rejects.toBeInstanceOf(EnvironmentError);
    expect(readFileSync(path, 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'blocked.pdf']);
  });
});
