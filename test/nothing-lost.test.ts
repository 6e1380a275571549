import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { builtFixture } from './helpers/built-fixture.js';
import { REPO } from './helpers/fixtures.js';
import { seededRandom } from './helpers/random.js';

const run = promisify(execFile);
const BIN = join(REPO, 'dist', 'bin.js');

/** Every file under `dir` with its SHA-256, temporary files included. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

/** A project with analyst and handout audiences, built once into `out`. */
async function builtProject() {
  const { dir, out } = await builtFixture();
  return { dir, out, before: snapshot(out) };
}

describe('a build that fails leaves every previous output as it was', () => {
  it('at validation, at render, at print and at write', async () => {
    const { dir, out, before } = await builtProject();
    expect(Object.keys(before).sort()).toEqual(['sample/.brief-manifest.json', 'sample/.brief-snapshot.json', 'sample/analyst.html', 'sample/analyst.pdf', 'sample/handouts.html', 'sample/handouts.pdf', 'sample/handouts/alpha-plan.pdf']);

    // Validation: a broken option.
    const option = join(dir, 'options', 'alpha-plan.yaml');
    const good = readFileSync(option, 'utf8');
    writeFileSync(option, good.replace('status: stalled', 'status: stalld'));
    expect((await runCli('-C', dir, 'build', '--out', out)).code).toBe(1);
    expect(snapshot(out)).toEqual(before);
    writeFileSync(option, good);

    // Render: the project's analyst set misspells a field.
    mkdirSync(join(dir, 'templates', 'analyst', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'analyst', 'template.yaml'), 'name: analyst\ndescription: Ours.\nbase: analyst\n');
    writeFileSync(join(dir, 'templates', 'analyst', 'partials', 'cover.hbs'), '<h1>{{pack.titel}}</h1>\n');
    expect((await runCli('-C', dir, 'build', '--out', out)).code).toBe(1);
    expect(snapshot(out)).toEqual(before);
    rmSync(join(dir, 'templates'), { recursive: true });

    // Print: no browser.
    expect((await runCli('-C', dir, 'build', '--out', out, '--browser', '/nowhere/chromium')).code).toBe(2);
    expect(snapshot(out)).toEqual(before);

    // Write: one target cannot be written (its folder is a file), after others were.
    rmSync(join(out, 'sample', 'handouts'), { recursive: true });
    writeFileSync(join(out, 'sample', 'handouts'), 'in the way');
    const blocked = snapshot(out);
    const result = await runCli('-C', dir, 'build', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/brief: cannot write .*handouts\/alpha-plan\.pdf \(a file stands where a folder is needed, (EEXIST|ENOTDIR)\)/);
    expect(snapshot(out)).toEqual(blocked);
  });
});

/** Kill moments spread over a whole build (about 1.5 s here): one in each of `TRIALS` equal slices, at a seeded point within it. */
const TRIALS = 12;
const SPAN_MS = 1500;

describe('builds killed at random moments', () => {
  it(`never leave a truncated or missing output, or a browser running (${TRIALS} trials)`, async () => {
    const { dir, out } = await builtProject();
    const work = mkdtempSync(join(tmpdir(), 'brief-kill-'));
    const random = seededRandom(20261123);
    try {
      for (let trial = 0; trial < TRIALS; trial++) {
        const child = spawn(process.execPath, [BIN, '-C', dir, 'build', '--out', out], { env: { ...process.env, TMPDIR: work }, stdio: 'ignore' });
        const delay = Math.floor(((trial + random()) * SPAN_MS) / TRIALS);
        await new Promise((resolve) => setTimeout(resolve, delay));
        child.kill('SIGKILL');
        await new Promise((resolve) => child.once('exit', resolve));
        const files = readdirSync(join(out, 'sample'));
        for (const name of ['analyst.html', 'analyst.pdf', 'handouts.pdf']) expect(files, `trial ${trial} after ${delay} ms`).toContain(name);
        for (const pdf of ['analyst.pdf', 'handouts.pdf', 'handouts/alpha-plan.pdf']) {
          const bytes = readFileSync(join(out, 'sample', pdf));
          expect(bytes.subarray(0, 5).toString('latin1'), pdf).toBe('%PDF-');
          expect(bytes.subarray(-6).toString('latin1'), pdf).toMatch(/%%EOF\s*$/);
        }
        expect(readFileSync(join(out, 'sample', 'analyst.html'), 'utf8')).toMatch(/<\/html>\s*$/);
      }
      // A later build clears the temporary files the killed ones left.
      expect((await runCli('-C', dir, 'build', '--out', out)).code).toBe(0);
      expect(readdirSync(join(out, 'sample')).filter((n) => n.includes('.tmp-'))).toEqual([]);
      // Chromium ends with the process that started it (it notices its parent's death within a moment).
      const browsersLeft = async () => (await run('ps', ['-eo', 'args'])).stdout.split('\n').filter((line) => line.includes(work));
      for (const deadline = Date.now() + 10_000; (await browsersLeft()).length > 0 && Date.now() < deadline; );
      expect(await browsersLeft()).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('two builds at once into the same folder', () => {
  it('both succeed and leave whole files', async () => {
    const { dir, out } = await builtProject();
    const build = () => run(process.execPath, [BIN, '-C', dir, 'build', '--out', out], { timeout: 60_000 });
    await Promise.all([build(), build()]);
    for (const pdf of ['analyst.pdf', 'handouts.pdf']) {
      const bytes = readFileSync(join(out, 'sample', pdf));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    }
    expect(readdirSync(join(out, 'sample')).filter((n) => n.includes('.tmp-'))).toEqual([]);
  }, 60_000);
});

