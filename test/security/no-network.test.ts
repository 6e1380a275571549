import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/print/find-browser.js';
import { launchBrowser } from '../../src/print/connect-browser.js';
import { createPrinter } from '../../src/print/printer.js';
import { runCli } from '../helpers/cli.js';
import { projectCopy, tempDir } from '../helpers/fixtures.js';

let server: Server;
let base: string;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(request.url ?? '');
    response.end('x');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Every way a page can ask for something over the network, pointed at the local server. */
const hostileMarkup = (url: string) => `
<link rel="stylesheet" href="${url}/link-stylesheet.css">
<link rel="prefetch" href="${url}/link-prefetch">
<link rel="preload" as="image" href="${url}/link-preload.png">
<link rel="dns-prefetch" href="${url}/dns">
<link rel="icon" href="${url}/favicon.ico">
<meta http-equiv="refresh" content="0;url=${url}/meta-refresh">
<style>
  @import url("${url}/style-import.css");
  @font-face { font-family: Remote; src: url("${url}/font.woff2"); }
  body { background: url("${url}/css-background.png"); font-family: Remote; }
</style>
<script src="${url}/script.js"></script>
<img src="${url}/img.png" srcset="${url}/img-2x.png 2x">
<picture><source srcset="${url}/picture.webp"><img src="${url}/picture.png"></picture>
<iframe src="${url}/iframe.html"></iframe>
<object data="${url}/object.svg"></object>
<embed src="${url}/embed.svg">
<video poster="${url}/poster.png" src="${url}/video.mp4"></video>
<audio src="${url}/audio.mp3"></audio>
<svg><image href="${url}/svg-image.png" width="10" height="10"/></svg>
<a href="${url}/link" ping="${url}/ping">a link, which is not followed</a>`;

describe('printing makes no network request', () => {
  it('even for a template set that asks for everything and leaves out the head partial', async () => {
    const dir = projectCopy();
    mkdirSync(join(dir, 'templates', 'hostile'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'hostile', 'template.yaml'), 'name: hostile\ndescription: Asks for remote files every way it can.\nbase: analyst\n');
    // A template's own <img> must name a file of its set, or the build refuses it (test/render/template-images.test.ts); the raw-HTML case below keeps them.
    const markup = hostileMarkup(base).replace(/<img [^>]*>/g, '');
    writeFileSync(join(dir, 'templates', 'hostile', 'layout.hbs'), `<!doctype html><html><head><title>{{pack.title}}</title>${markup}</head><body><h1>{{pack.title}}</h1></body></html>`);
    received.length = 0;
    const out = tempDir();
    const result = await runCli('-C', dir, 'build', '--audience', 'hostile', '--out', out);
    expect(result.code).toBe(0);
    expect(received).toEqual([]);
  });

  it('even when the printer is handed raw hostile HTML', async () => {
    received.length = 0;
    const printer = createPrinter();
    try {
      const html = `<!doctype html><html><head>${hostileMarkup(base)}</head><body><h1>Hostile</h1></body></html>`;
      const metadata = { title: 't', author: 'a', subject: 's', keywords: [], date: new Date(0), producer: 'p' };
      const [printed] = await printer.print([{ html, metadata }]);
      expect(received).toEqual([]);
      expect(printed!.blocked.every((url) => url.startsWith(base))).toBe(true);
    } finally {
      await printer.close();
    }
  });

  it('even from the bare browser, with no interception and no policy: it can reach no address', async () => {
    received.length = 0;
    const { browser } = await launchBrowser(findBrowser());
    try {
      const page = await browser.newPage();
      const response = await page.goto(`${base}/direct`, { timeout: 10_000 }).catch((error: Error) => error);
      expect(response).toBeInstanceOf(Error);
      expect(received).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
