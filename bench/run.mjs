#!/usr/bin/env node
// npm run bench: how fast the build is, against its targets and the bare-Chromium limit.
// Prints a table and writes output/bench/results.json. Run by hand, never in the tests.
// BENCH_RUNS sets the runs per measure (default 5; the many-pack builds take 3 at most).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { watchBuild } from '../dist/watch/watch-build.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'brief-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const node = (...args) => [process.execPath, ...args];

/** GNU time reports a process's peak memory; without it (Debian package "time") only times are taken. */
const GNU_TIME = existsSync('/usr/bin/time');

/** Wall time and peak memory (of the largest process) of one whole run. */
function timeOnce(args) {
  const started = performance.now();
  const r = GNU_TIME ? spawnSync('/usr/bin/time', ['-f', '%M', ...args], { encoding: 'utf8' }) : spawnSync(args[0], args.slice(1), { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr}`);
  return { ms, peakMb: GNU_TIME ? Number(r.stderr.trim().split('\n').at(-1)) / 1024 : NaN, stdout: r.stdout };
}

/** Runs each command in turn, RUNS rounds, so that a change in the machine's load falls on all of them alike; medians. */
function alternate(commands, runs = RUNS) {
  const seen = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [name, { args, before }] of Object.entries(commands)) {
    before?.();
    seen[name].push(timeOnce(args));
  }
  return Object.fromEntries(Object.entries(seen).map(([k, rs]) => [k, { ms: median(rs.map((r) => r.ms)), peakMb: median(rs.map((r) => r.peakMb)), runs: rs }]));
}

/** A project with the sample's options and sources and `n` copies of its pack, each a pack of its own. */
function manyPacks(n) {
  const dir = join(work, `packs-${n}`);
  cpSync(join(ROOT, 'options'), join(dir, 'options'), { recursive: true });
  const pack = readFileSync(join(dir, 'options', 'packs', 'kashmir-2025.yaml'), 'utf8');
  rmSync(join(dir, 'options', 'packs', 'kashmir-2025.yaml'));
  const ids = Array.from({ length: n }, (_, i) => `pack-${String(i + 1).padStart(2, '0')}`);
  for (const id of ids) writeFileSync(join(dir, 'options', 'packs', `${id}.yaml`), pack.replace(/^id: .*$/m, `id: ${id}`));
  return { dir, ids };
}

/** Synthetic packs of `n` options, copies of the sample's, for the analyst only. */
function manyOptions(n) {
  const dir = join(work, `options-${n}`);
  mkdirSync(join(dir, 'options', 'packs'), { recursive: true });
  for (const shared of ['sources.yaml', 'terms.yaml']) if (existsSync(join(ROOT, 'options', shared))) cpSync(join(ROOT, 'options', shared), join(dir, 'options', shared));
  // Options only: not the registry, the terms, nor a translation (`<id>.<lang>.yaml`).
  const optionFiles = readdirSync(join(ROOT, 'options')).filter((f) => /^[^.]+\.yaml$/.test(f) && !['sources.yaml', 'terms.yaml'].includes(f));
  const ids = [];
  for (let i = 0; i < n; i++) {
    const id = `option-${String(i + 1).padStart(4, '0')}`;
    writeFileSync(join(dir, 'options', `${id}.yaml`), readFileSync(join(ROOT, 'options', optionFiles[i % optionFiles.length]), 'utf8').replace(/^id: .*$/m, `id: ${id}`));
    ids.push(id);
  }
  const pack = readFileSync(join(ROOT, 'options', 'packs', 'kashmir-2025.yaml'), 'utf8')
    .replace(/^options:\n(  - .*\n)+/m, `options:\n${ids.map((id) => `  - ${id}\n`).join('')}`)
    .replace(/^audiences:\n(  - .*\n)+/m, 'audiences:\n  - analyst\n');
  writeFileSync(join(dir, 'options', 'packs', 'synthetic.yaml'), pack);
  // A pack of fewer options than the sample cites fewer sources: the registry keeps only those, as an unused one is an error.
  const cited = new Set(ids.slice(0, optionFiles.length).flatMap((id) => readFileSync(join(dir, 'options', `${id}.yaml`), 'utf8').match(/[a-z0-9-]+/g) ?? []));
  for (const word of pack.match(/[a-z0-9-]+/g) ?? []) cited.add(word);
  const registry = parseYaml(readFileSync(join(ROOT, 'options', 'sources.yaml'), 'utf8'));
  registry.sources = registry.sources.filter((s) => cited.has(s.id));
  writeFileSync(join(dir, 'options', 'sources.yaml'), stringifyYaml(registry));
  return dir;
}

/** The HTML files the build wrote beside the PDFs it printed: what the reference prints. */
function printedHtml(out) {
  const files = readdirSync(out, { recursive: true }).map(String);
  return files.filter((f) => f.endsWith('.pdf') && files.includes(f.replace(/\.pdf$/, '.html'))).map((f) => join(out, f.replace(/\.pdf$/, '.html')));
}

const results = { machine: { cpus: cpus().length, node: process.version }, runs: RUNS };
const sampleBuild = (out, ...flags) => node(BIN, '-C', ROOT, 'build', 'kashmir-2025', '--out', out, '-q', ...flags);

// 1. The sample pack, HTML only, and in full against the reference, alternated in one run.
const out = join(work, 'out');
results.sampleHtml = alternate({ html: { args: sampleBuild(join(work, 'html-out'), '--format', 'html') } }).html;
timeOnce(sampleBuild(out));
const reference = printedHtml(out);
results.referenceFiles = reference.map((f) => relative(out, f));
mkdirSync(join(work, 'ref'), { recursive: true });
Object.assign(
  results,
  alternate({
    sampleFirst: { args: sampleBuild(join(work, 'first')), before: () => rmSync(join(work, 'first'), { recursive: true, force: true }) },
    sampleFull: { args: sampleBuild(out) },
    reference: { args: node(join(ROOT, 'bench', 'reference-print.mjs'), join(work, 'ref'), ...reference) },
  }),
);
results.ratio = results.sampleFull.ms / results.reference.ms;
results.ratioFirst = results.sampleFirst.ms / results.reference.ms;

// 2. The critical path of a rebuild: each step's median, from the process's start to its exit.
const paths = Array.from({ length: RUNS }, () => JSON.parse(timeOnce(node(join(ROOT, 'bench', 'timed-build.mjs'), ROOT, out, 'kashmir-2025')).stdout))
  // What is left of each run once its stages are counted (exiting; the browser closes while the files are written), per run, not from the medians.
  .map((p) => ({ ...p, rest: p.total - p.start - p.libraries - p.validate - p.render - p.browser - p.print - p.write }));
results.criticalPath = Object.fromEntries(Object.keys(paths[0]).map((k) => [k, median(paths.map((p) => p[k]))]));

// 3. Synthetic packs of 10, 100 and 1,000 options, HTML only.
results.synthetic = {};
for (const n of [10, 100, 1000]) {
  const dir = manyOptions(n);
  results.synthetic[n] = alternate({ build: { args: node(BIN, '-C', dir, 'build', '--format', 'html', '--out', join(dir, 'output'), '-q') } }, n === 1000 ? Math.min(RUNS, 3) : RUNS).build;
}
results.growth100to1000 = results.synthetic[1000].ms / results.synthetic[100].ms;

// 4. Many packs in one build, HTML and PDF: one start, one browser, one set of compiled templates.
results.packs = {};
for (const n of [1, 5, 20]) {
  const { dir, ids } = manyPacks(n);
  results.packs[n] = alternate({ build: { args: node(BIN, '-C', dir, 'build', ...ids, '--out', join(dir, 'output'), '-q') } }, Math.min(RUNS, 3)).build;
}
results.packs20to1 = results.packs[20].ms / results.packs[1].ms;

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
for (const r of [results.sampleHtml, results.sampleFirst, results.sampleFull, results.reference, ...Object.values(results.synthetic), ...Object.values(results.packs)]) delete r.runs;
writeFileSync(join(ROOT, 'output', 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const ms = (x) => `${Math.round(x)} ms`;
const mb = (r) => (Number.isNaN(r.peakMb) ? '' : `${Math.round(r.peakMb)} MB`);
const verdict = (ok) => (ok ? 'met' : '**not met**');
const p = results.criticalPath;
const rows = [
  ['Sample pack, HTML only', ms(results.sampleHtml.ms), mb(results.sampleHtml), '', ''],
  ['Sample pack, HTML and PDF, first build', ms(results.sampleFirst.ms), mb(results.sampleFirst), '', ''],
  ['Sample pack, HTML and PDF, rebuild', ms(results.sampleFull.ms), mb(results.sampleFull), '', ''],
  [`Reference: bare Puppeteer printing the build's ${reference.length} HTML files`, ms(results.reference.ms), mb(results.reference), '', ''],
  ['Ratio of a first build to the reference', results.ratioFirst.toFixed(2), '', '≤ 1.25', verdict(results.ratioFirst <= 1.25)],
  ['Ratio of a rebuild to the reference', results.ratio.toFixed(2), '', '≤ 1.25', verdict(results.ratio <= 1.25)],
  ['Critical path of a rebuild: Node and the CLI, to the build', ms(p.start), '', '', ''],
  ['  loading the libraries (the browser starting meanwhile)', ms(p.libraries), '', '', ''],
  ['  loading and validating the project', ms(p.validate), '', '', ''],
  ['  model and render', ms(p.render), '', '', ''],
  ['  waiting for the browser', ms(p.browser), '', '', ''],
  ['  printing', ms(p.print), '', '', ''],
  ['  writing (the browser closing meanwhile)', ms(p.write), '', '', ''],
  ['  after writing: the rest of the browser’s close, and exiting', ms(p.rest), '', '', ''],
  ['Synthetic pack, 10 options, HTML only', ms(results.synthetic[10].ms), mb(results.synthetic[10]), '', ''],
  ['Synthetic pack, 100 options, HTML only', ms(results.synthetic[100].ms), mb(results.synthetic[100]), '', ''],
  ['Synthetic pack, 1,000 options, HTML only', ms(results.synthetic[1000].ms), mb(results.synthetic[1000]), '≤ 1500 ms, ≤ 400 MB', verdict(results.synthetic[1000].ms <= 1500 && !(results.synthetic[1000].peakMb > 400))],
  ['Growth in time from 100 to 1,000 options', results.growth100to1000.toFixed(2), '', '≤ 5', verdict(results.growth100to1000 <= 5)],
  ['1 pack (the sample), HTML and PDF', ms(results.packs[1].ms), mb(results.packs[1]), '', ''],
  ['5 packs in one build', ms(results.packs[5].ms), mb(results.packs[5]), '', ''],
  ['20 packs in one build', ms(results.packs[20].ms), mb(results.packs[20]), '', ''],
  ['Ratio of 20 packs to 1', results.packs20to1.toFixed(2), '', '≤ 12', verdict(results.packs20to1 <= 12)],
  ['Watch: save to rebuilt HTML', ms(results.watchHtml), '', '≤ 50 ms', verdict(results.watchHtml <= 50)],
  ['Watch: save to rebuilt HTML and PDFs', ms(results.watchPdf), '', '≤ 600 ms', verdict(results.watchPdf <= 600)],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`| ${'measure'.padEnd(width)} | result | peak memory | target | |\n| ${'-'.repeat(width)} | --- | --- | --- | --- |`);
for (const [a, ...rest] of rows) console.log(`| ${a.padEnd(width)} | ${rest.join(' | ')} |`);
console.log(`\n${results.machine.cpus} cores, Node ${results.machine.node}, median of ${RUNS} runs (3 for 1,000 options and for the many-pack builds); written to output/bench/results.json`);
