#!/usr/bin/env node
// One build, as `brief build` runs it, that prints the time of each step of
// its critical path as JSON: from the process's start to the build's start,
// then each stage, then the rest (closing the browser, exiting). Usage:
//   node bench/timed-build.mjs <root> <out> <pack>...
const [root, out, ...packs] = process.argv.slice(2);
const { build } = await import('../dist/build.js');
const { timings } = await build({ root, out, packs });
console.log(JSON.stringify({ ...timings, total: performance.now() }));
