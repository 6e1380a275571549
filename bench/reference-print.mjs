#!/usr/bin/env node
// The physical limit of the pipeline: launch the same browser once, with the
// same flags, and print the given HTML files with the same PDF options and the
// same number of tabs at once (each tab printing file after file, as the
// build's do), and nothing else. Usage:
//   node bench/reference-print.mjs <out-dir> <file.html>...
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../dist/print/find-browser.js';

const [out, ...files] = process.argv.slice(2);
const args = [
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-domain-reliability',
  '--disable-client-side-phishing-detection', '--disable-quic', '--no-first-run', '--no-default-browser-check',
  '--disable-gpu', '--font-render-hinting=none', '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=<-loopback>',
  ...(process.getuid?.() === 0 ? ['--no-sandbox', '--disable-dev-shm-usage'] : []),
];
const browser = await puppeteer.launch({ executablePath: findBrowser().path, headless: true, pipe: true, args });
const queue = [...files];
const worker = async () => {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  for (let file = queue.shift(); file; file = queue.shift()) {
    await page.setContent(await readFile(file, 'utf8'), { waitUntil: 'load' });
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, waitForFonts: true });
    await writeFile(join(out, basename(file, '.html') + '.pdf'), pdf);
  }
  await page.close();
};
await Promise.all(Array.from({ length: Math.max(1, Math.min(4, availableParallelism())) }, worker));
await browser.close();
