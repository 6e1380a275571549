import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { outputSnapshot } from './helpers/snapshot.js';
import { runCli } from './helpers/cli.js';
import { builtFixture } from './helpers/built-fixture.js';
import { REPO } from './helpers/fixtures.js';

const run = promisify(execFile);
const BIN = join(REPO, 'dist', 'bin.js');

/** Our own temporary folder for the build's browser, so that what it leaves there can be seen, and removed after. */
const works: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of works.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-signals-'));
  works.push(dir);
  return dir;
}

/** The CLI as a child process, with its output collected; `until` settles when a line matching it has been printed. */
function start(args: string[], tmp: string) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, TMPDIR: tmp, BRIEF_DEBUG: '1', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  const waiting: { pattern: RegExp; done: () => void }[] = [];
  const heard = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const w of waiting.filter((w) => w.pattern.test(output))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.done();
    }
  };
  child.stdout!.on('data', heard);
  child.stderr!.on('data', heard);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    child,
    exited,
    output: () => output,
    until: (pattern: RegExp) =>
      pattern.test(output)
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((done) => waiting.push({ pattern, done })),
            exited.then(() => Promise.reject(new Error(`exited before printing ${pattern}:\n${output}`))),
          ]),
  };
}

/** Processes whose command line names `dir`: a browser started there, still running. */
const processesIn = async (dir: string) => (await run('ps', ['-eo', 'args'])).stdout.split('\n').filter((line) => line.includes(dir));

/** The fixture with analyst and handout audiences, built once into `out`, then changed so that a new build would change every file. */
async function builtThenChanged() {
  const { dir, out } = await builtFixture();
  const option = join(dir, 'options', 'alpha-plan.yaml');
  writeFileSync(option, readFileSync(option, 'utf8').replace('The Alpha plan', 'The Alpha plan, revised'));
  return { dir, out };
}

const CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

describe('a build stopped by a signal mid-print', () => {
  for (const [signal, code] of Object.entries(CODES) as [keyof typeof CODES, number][]) {
    it(`${signal}: exits ${code}, writes nothing, and leaves no browser or browser folder`, async () => {
      const { dir, out } = await builtThenChanged();
      const before = outputSnapshot(out);
      const work = workDir();
      const build = start(['-C', dir, 'build', '--out', out], work);
      await build.until(/printing \d+ PDFs/);
      build.child.kill(signal);
      expect(await build.exited).toBe(code);
      expect(build.output()).toContain(`brief: stopped by ${signal}; nothing was written, every earlier output is as it was`);
      expect(outputSnapshot(out)).toEqual(before);
      expect(readdirSync(join(out, 'sample')).filter((n) => n.startsWith('.') && n !== '.brief-manifest.json' && n !== '.brief-snapshot.json')).toEqual([]);
      // The browser's whole process group was killed before the build exited, and its folder removed.
      expect(await processesIn(work)).toEqual([]);
      expect(readdirSync(work)).toEqual([]);
    }, 120_000);
  }
});

describe('browser folders that killed builds left behind', () => {
  it('are removed by the next build that starts a browser, when their owner is gone; a live owner\'s are kept', async () => {
    const { dir, out } = await builtThenChanged();
    const work = workDir();
    // A build killed outright (SIGKILL) cannot clean up: its folder stays, with its owner's id in it.
    const killed = start(['-C', dir, 'build', '--out', out], work);
    await killed.until(/printing \d+ PDFs/);
    killed.child.kill('SIGKILL');
    await killed.exited;
    const left = readdirSync(work).filter((n) => n.startsWith('brief-chromium-'));
    expect(left).toHaveLength(1);
    expect(readFileSync(join(work, left[0]!, 'owner.pid'), 'utf8').trim()).toBe(String(killed.child.pid));
    // Another, of a process that still runs (this one), and one without an owner, from an older version, made just now.
    for (const [name, owner] of [['brief-chromium-live', `${process.pid}\n`], ['brief-chromium-unowned', undefined]] as const) {
      mkdirSync(join(work, name, 'profile'), { recursive: true });
      if (owner) writeFileSync(join(work, name, 'owner.pid'), owner);
    }
    // The killed build's browser notices its pipes closing and exits.
    for (const deadline = Date.now() + 10_000; (await processesIn(work)).length > 0 && Date.now() < deadline; );

    const next = start(['-C', dir, 'build', '--out', out], work);
    expect(await next.exited).toBe(0);
    expect(readdirSync(work).sort()).toEqual(['brief-chromium-live', 'brief-chromium-unowned']);
  }, 120_000);
});

describe('Ctrl-C on a watch or a preview', () => {
  it('build --watch exits 130 while it watches', async () => {
    const { dir, out } = await builtThenChanged();
    const watch = start(['-C', dir, 'build', '--watch', '-f', 'html', '--out', out], workDir());
    await watch.until(/watching for changes/);
    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(130);
  }, 120_000);

  it('serve exits 130 mid-build, leaving the output as it was, and 143 on SIGTERM while a tab holds its event stream open', async () => {
    const { dir, out } = await builtThenChanged();
    const before = outputSnapshot(out);
    const work = workDir();
    const early = start(['-C', dir, 'serve', '-f', 'html,pdf', '--port', '0', '--out', out], work);
    await early.until(/printing \d+ PDFs/);
    early.child.kill('SIGINT');
    expect(await early.exited).toBe(130);
    expect(outputSnapshot(out)).toEqual(before);
    expect(readdirSync(work)).toEqual([]);

    const serve = start(['-C', dir, 'serve', '--port', '0', '--out', out], work);
    await serve.until(/watching for changes/);
    const url = /preview at (\S+)/.exec(serve.output())![1]!;
    const events = await fetch(`${url}__brief/events`);
    const reader = events.body!.getReader();
    await reader.read();
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(143);
    await reader.cancel().catch(() => undefined);
    expect(existsSync(join(out, 'sample', 'analyst.html'))).toBe(true);
  }, 120_000);
});
