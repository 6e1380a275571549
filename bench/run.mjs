#!/usr/bin/env node
// npm run bench: how fast the build is, against the bare-Chromium limit.
// Prints a table and writes output/bench/results.json. Run by hand, never in the tests.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from '../dist/build.js';
import { watchBuild } from '../dist/watch/watch-build.js';
import { exportPrintedHtml } from './export-html.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'brief-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;

/** GNU time reports a process's peak memory; without it (Debian package "time") only times are taken. */
const GNU_TIME = existsSync('/usr/bin/time');

/** Wall time and peak memory (of the largest process) of a whole run, median of RUNS; `before` runs untimed before each. */
function timeProcess(args, runs = RUNS, before = () => undefined) {
  const times = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    before();
    const started = performance.now();
    const r = GNU_TIME ? spawnSync('/usr/bin/time', ['-f', '%M', ...args], { encoding: 'utf8' }) : spawnSync(args[0], args.slice(1), { encoding: 'utf8' });
    times.push(performance.now() - started);
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr}`);
    if (GNU_TIME) rss.push(Number(r.stderr.trim().split('\n').at(-1)) / 1024);
  }
  return { ms: median(times), peakMb: GNU_TIME ? median(rss) : NaN };
}

const results = { machine: { cpus: cpus().length, node: process.version }, runs: RUNS };

// 1. The sample pack, as a user runs it.
const out = join(work, 'out');
results.sampleHtml = timeProcess([process.execPath, BIN, '-C', ROOT, 'build', 'kashmir-2025', '--format', 'html', '--out', out]);
// A first build, into an empty folder, then rebuilds, which take the contents' page numbers from the last PDF as a first guess.
results.sampleFirst = timeProcess([process.execPath, BIN, '-C', ROOT, 'build', 'kashmir-2025', '--out', out], RUNS, () => rmSync(out, { recursive: true, force: true }));
results.sampleFull = timeProcess([process.execPath, BIN, '-C', ROOT, 'build', 'kashmir-2025', '--out', out]);

// 2. The time of each stage, in process.
const stages = [];
for (let i = 0; i < RUNS; i++) stages.push((await build({ root: ROOT, packs: ['kashmir-2025'], out })).timings);
results.stages = Object.fromEntries(Object.keys(stages[0]).map((k) => [k, median(stages.map((s) => s[k]))]));

// 3. The reference: the same browser, launched once, printing the same HTML with the same options.
const htmlDir = join(work, 'html');
const files = await exportPrintedHtml(ROOT, 'kashmir-2025', htmlDir);
mkdirSync(join(work, 'ref'), { recursive: true });
results.reference = timeProcess([process.execPath, join(ROOT, 'bench', 'reference-print.mjs'), join(work, 'ref'), ...files]);
results.referenceFiles = files.length;
results.ratio = results.sampleFull.ms / results.reference.ms;
results.ratioFirst = results.sampleFirst.ms / results.reference.ms;

// 4. Synthetic packs of 10, 100 and 1,000 options, HTML only.
const optionFiles = readdirSync(join(ROOT, 'options')).filter((f) => f.endsWith('.yaml') && f !== 'sources.yaml');
function syntheticProject(n) {
  const dir = join(work, `synthetic-${n}`);
  mkdirSync(join(dir, 'options', 'packs'), { recursive: true });
  cpSync(join(ROOT, 'options', 'sources.yaml'), join(dir, 'options', 'sources.yaml'));
  const ids = [];
  for (let i = 0; i < n; i++) {
    const from = optionFiles[i % optionFiles.length];
    const id = `option-${String(i + 1).padStart(4, '0')}`;
    const text = readFileSync(join(ROOT, 'options', from), 'utf8').replace(/^id: .*$/m, `id: ${id}`);
    writeFileSync(join(dir, 'options', `${id}.yaml`), text);
    ids.push(id);
  }
  const pack = readFileSync(join(ROOT, 'options', 'packs', 'kashmir-2025.yaml'), 'utf8')
    .replace(/^options:\n(  - .*\n)+/m, `options:\n${ids.map((id) => `  - ${id}\n`).join('')}`)
    .replace(/^audiences:\n(  - .*\n)+/m, 'audiences:\n  - analyst\n');
  writeFileSync(join(dir, 'options', 'packs', 'synthetic.yaml'), pack);
  return dir;
}
results.synthetic = {};
for (const n of [10, 100, 1000]) {
  const dir = syntheticProject(n);
  results.synthetic[n] = timeProcess([process.execPath, BIN, '-C', dir, 'build', '--format', 'html', '--out', join(dir, 'output')], n === 1000 ? 3 : RUNS);
}
results.growth100to1000 = results.synthetic[1000].ms / results.synthetic[100].ms;

// 5. Watch mode, as `brief build --watch` runs it: from saving one option file to the rebuilt HTML, and to the rebuilt PDFs.
async function watchLatency(formats) {
  const dir = join(work, `watch-${formats.join('-')}`);
  cpSync(join(ROOT, 'options'), join(dir, 'options'), { recursive: true });
  const option = join(dir, 'options', 'chenab-formula.yaml');
  const controller = new AbortController();
  const waiters = [];
  const watching = watchBuild({ root: dir, out: join(dir, 'output'), formats, signal: controller.signal, onBuild: (o) => waiters.shift()?.(o) });
  const next = () => new Promise((r) => waiters.push(r));
  await next();
  const latencies = [];
  for (let i = 0; i < RUNS; i++) {
    const done = next();
    const started = performance.now();
    writeFileSync(option, readFileSync(option, 'utf8').replace(/^status_note: .*$/m, `status_note: Never a formal proposal; edit ${i}.`));
    const outcome = await done;
    if (!outcome.ok) throw outcome.error;
    latencies.push(performance.now() - started);
  }
  controller.abort();
  await watching;
  return median(latencies);
}
results.watchHtml = await watchLatency(['html']);
results.watchPdf = await watchLatency(['html', 'pdf']);

rmSync(work, { recursive: true, force: true });
mkdirSync(join(ROOT, 'output', 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'output', 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const rows = [
  ['Sample pack, HTML only (whole process)', ms(results.sampleHtml.ms), `${Math.round(results.sampleHtml.peakMb)} MB`],
  ['Sample pack, HTML and PDF, every audience, first build (whole process)', ms(results.sampleFirst.ms), `${Math.round(results.sampleFirst.peakMb)} MB`],
  ['Sample pack, HTML and PDF, every audience, rebuild (whole process)', ms(results.sampleFull.ms), `${Math.round(results.sampleFull.peakMb)} MB`],
  ['  stage: load and validate', ms(results.stages.validate), ''],
  ['  stage: model and render', ms(results.stages.render), ''],
  ['  stage: print', ms(results.stages.print), ''],
  ['  stage: write', ms(results.stages.write), ''],
  [`Reference: bare Puppeteer printing the same ${results.referenceFiles} HTML files`, ms(results.reference.ms), `${Math.round(results.reference.peakMb)} MB`],
  ['Ratio of the first build to the reference', results.ratioFirst.toFixed(2), ''],
  ['Ratio of a rebuild to the reference', results.ratio.toFixed(2), ''],
  ['Synthetic pack, 10 options, HTML only', ms(results.synthetic[10].ms), `${Math.round(results.synthetic[10].peakMb)} MB`],
  ['Synthetic pack, 100 options, HTML only', ms(results.synthetic[100].ms), `${Math.round(results.synthetic[100].peakMb)} MB`],
  ['Synthetic pack, 1,000 options, HTML only', ms(results.synthetic[1000].ms), `${Math.round(results.synthetic[1000].peakMb)} MB`],
  ['Growth in time from 100 to 1,000 options', results.growth100to1000.toFixed(2), ''],
  ['Watch: save to rebuilt HTML', ms(results.watchHtml), ''],
  ['Watch: save to rebuilt HTML and PDFs', ms(results.watchPdf), ''],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`| ${'measure'.padEnd(width)} | time | peak memory |\n| ${'-'.repeat(width)} | --- | --- |`);
for (const [a, b, c] of rows) console.log(`| ${a.padEnd(width)} | ${b} | ${c} |`);
console.log(`\n${results.machine.cpus} cores, Node ${results.machine.node}, median of ${RUNS} runs; written to output/bench/results.json`);
