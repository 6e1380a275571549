import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { outputSnapshot } from '../helpers/snapshot.js';
import { runCli } from '../helpers/cli.js';
import { projectCopy, REPO, tempDir } from '../helpers/fixtures.js';

const run = promisify(execFile);
const BIN = join(REPO, 'dist', 'bin.js');

/** The fixture with a second option, beta-plan, and the analyst and handout audiences. */
function twoOptionProject(): string {
  const dir = projectCopy();
  const alpha = readFileSync(join(dir, 'options', 'alpha-plan.yaml'), 'utf8');
  writeFileSync(join(dir, 'options', 'beta-plan.yaml'), alpha.replace('id: alpha-plan', 'id: beta-plan').replace('The Alpha plan', 'The Beta plan'));
  const pack = join(dir, 'options', 'packs', 'sample.yaml');
  writeFileSync(
    pack,
    readFileSync(pack, 'utf8').replace('audiences: [analyst]', 'audiences: [analyst, handout]').replace('options: [alpha-plan]', 'options: [alpha-plan, beta-plan]'),
  );
  return dir;
}

const setPack = (dir: string, from: string, to: string) => {
  const pack = join(dir, 'options', 'packs', 'sample.yaml');
  writeFileSync(pack, readFileSync(pack, 'utf8').replace(from, to));
};

const manifest = (out: string) => JSON.parse(readFileSync(join(out, 'sample', '.brief-manifest.json'), 'utf8')) as { files: { path: string }[] };

describe('one commit point for a build\'s outputs', () => {
  it('replaces every file or none: a target that cannot be renamed leaves all the others as they were', async () => {
    const dir = twoOptionProject();
    const out = tempDir();
    expect((await runCli('-C', dir, 'build', '--out', out)).code).toBe(0);
    // The next build changes every file; the fourth of them cannot be put in place, as a folder stands there.
    writeFileSync(join(dir, 'options', 'alpha-plan.yaml'), readFileSync(join(dir, 'options', 'alpha-plan.yaml'), 'utf8').replace('The Alpha plan', 'The Alpha plan, revised'));
    rmSync(join(out, 'sample', 'handouts.pdf'));
    mkdirSync(join(out, 'sample', 'handouts.pdf'));
    writeFileSync(join(out, 'sample', 'handouts.pdf', 'mine.txt'), 'a folder of the user\'s');
    const before = outputSnapshot(out);

    const result = await runCli('-C', dir, 'build', '--out', out);
    expect(result.code).toBe(2);
    // analyst.html, analyst.pdf and handouts.html were renamed into place before handouts.pdf failed: each is back, the very same file.
    expect(outputSnapshot(out)).toEqual(before);
    expect(result.stderr).toContain(`brief: cannot write ${join(out, 'sample', 'handouts.pdf')} (a folder stands where the file should go, EISDIR); nothing was changed`);
    expect(result.stderr).toContain('Move that folder away, or choose another output folder with --out.');
  });

  it('reports a folder it may not write as such, naming it, not as a missing file', async () => {
    const dir = twoOptionProject();
    const locked = tempDir();
    chmodSync(locked, 0o555);
    // The build runs as a user who may not write there (as root, which may write anywhere, as "nobody").
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    for (const d of [dir, join(dir, 'options'), join(dir, 'options', 'packs')]) chmodSync(d, 0o755);
    const failed = await run(process.execPath, [BIN, '-C', dir, 'build', '-f', 'html', '--out', join(locked, 'briefs')], { ...asNobody, env: { ...process.env, HOME: locked } }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain(`(the folder ${locked} is not writable, EACCES); nothing was changed`);
    expect(failed.stderr).not.toContain('ENOENT');
    expect(readdirSync(locked)).toEqual([]);
  });
});

describe('the output manifest', () => {
  it('lists what the build wrote, with sizes and hashes', async () => {
    const dir = twoOptionProject();
    const out = tempDir();
    expect((await runCli('-C', dir, 'build', '--out', out)).code).toBe(0);
    const html = readFileSync(join(out, 'sample', 'analyst.html'));
    expect(manifest(out)).toMatchObject({
      pack: 'sample',
      files: [
        { path: 'analyst.html', set: 'analyst', format: 'html', bytes: html.length, sha256: createHash('sha256').update(html).digest('hex') },
        { path: 'analyst.pdf', set: 'analyst', format: 'pdf' },
        // The HTML printed beside the handouts' PDF comes with the PDF: a build of HTML alone does not answer for it.
        { path: 'handouts.html', set: 'handouts', format: 'pdf' },
        { path: 'handouts.pdf', set: 'handouts', format: 'pdf' },
        { path: 'handouts/alpha-plan.pdf', set: 'handouts', format: 'pdf' },
        { path: 'handouts/beta-plan.pdf', set: 'handouts', format: 'pdf' },
      ],
    });
  });

  it('removes what the build no longer makes, keeps the user\'s files and any it wrote that were changed since', async () => {
    const dir = twoOptionProject();
    const out = tempDir();
    expect((await runCli('-C', dir, 'build', '--out', out)).code).toBe(0);
    expect(readdirSync(join(out, 'sample', 'handouts')).sort()).toEqual(['alpha-plan.pdf', 'beta-plan.pdf']);
    writeFileSync(join(out, 'sample', 'notes.txt'), 'the user\'s own file');
    writeFileSync(join(out, 'sample', 'handouts', 'notes.txt'), 'another');

    // An option leaves the pack: its handout goes, the user's files stay.
    setPack(dir, 'options: [alpha-plan, beta-plan]', 'options: [alpha-plan]');
    const removed = await runCli('-C', dir, 'build', '--out', out);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(`removed ${join(out, 'sample', 'handouts', 'beta-plan.pdf')} (no longer made)`);
    expect(readdirSync(join(out, 'sample', 'handouts')).sort()).toEqual(['alpha-plan.pdf', 'notes.txt']);
    expect(readFileSync(join(out, 'sample', 'notes.txt'), 'utf8')).toBe('the user\'s own file');
    expect(manifest(out).files.map((f) => f.path)).not.toContain('handouts/beta-plan.pdf');

    // A build of one format answers for that format only: the PDFs stay, still listed.
    expect((await runCli('-C', dir, 'build', '-f', 'html', '--out', out)).code).toBe(0);
    expect(manifest(out).files.map((f) => f.path)).toEqual(['analyst.html', 'analyst.pdf', 'handouts.html', 'handouts.pdf', 'handouts/alpha-plan.pdf']);

    // The handout audience is dropped: its files go, but not one the user changed since it was written.
    writeFileSync(join(out, 'sample', 'handouts.html'), 'edited by hand');
    setPack(dir, 'audiences: [analyst, handout]', 'audiences: [analyst]');
    const dropped = await runCli('-C', dir, 'build', '--out', out);
    expect(dropped.code).toBe(0);
    expect(dropped.stderr).toContain(`${join(out, 'sample', 'handouts.html')}: warning: kept: this build no longer makes it, but it was changed since brief wrote it`);
    expect(readdirSync(join(out, 'sample')).sort()).toEqual(['.brief-manifest.json', '.brief-snapshot.json', 'analyst.html', 'analyst.pdf', 'handouts', 'handouts.html', 'notes.txt']);
    expect(readdirSync(join(out, 'sample', 'handouts'))).toEqual(['notes.txt']);
    expect(manifest(out).files.map((f) => f.path)).toEqual(['analyst.html', 'analyst.pdf']);
  });

  it('removes nothing that a manifest it did not write names', async () => {
    const dir = twoOptionProject();
    const out = tempDir();
    expect((await runCli('-C', dir, 'build', '-f', 'html', '--out', out)).code).toBe(0);
    writeFileSync(join(out, 'precious.txt'), 'keep me');
    writeFileSync(join(out, 'sample', '.brief-manifest.json'), JSON.stringify({ pack: 'sample', files: [{ path: '../precious.txt', set: 'x', format: 'html', bytes: 7, sha256: '0'.repeat(64) }] }));
    const result = await runCli('-C', dir, 'build', '-f', 'html', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('.brief-manifest.json: warning: not a manifest this tool wrote: no earlier output was removed');
    expect(existsSync(join(out, 'precious.txt'))).toBe(true);
  });

  it('removes nothing through a link: a set\'s folder swapped for a link to another place keeps that place\'s files', async () => {
    const dir = twoOptionProject();
    const out = tempDir();
    expect((await runCli('-C', dir, 'build', '--out', out)).code).toBe(0);
    const elsewhere = join(tempDir(), 'handouts');
    renameSync(join(out, 'sample', 'handouts'), elsewhere);
    symlinkSync(elsewhere, join(out, 'sample', 'handouts'));
    setPack(dir, 'options: [alpha-plan, beta-plan]', 'options: [alpha-plan]');
    const result = await runCli('-C', dir, 'build', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('handouts/beta-plan.pdf: warning: kept: this build no longer makes it, but it was changed since brief wrote it');
    expect(existsSync(join(elsewhere, 'beta-plan.pdf'))).toBe(true);
  });
});
