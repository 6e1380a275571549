import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveOutput, type Preview } from '../../src/serve/serve-output.js';
import { tempDir } from '../helpers/fixtures.js';

let preview: Preview | undefined;
afterEach(async () => {
  await preview?.close();
  preview = undefined;
});

let servedOut = '';

/** Writes the manifest of `pack` as a build would, listing `files` (paths inside the pack's folder). */
function listed(out: string, pack: string, ...files: string[]) {
  const entries = files.map((path) => {
    const bytes = readFileSync(join(out, pack, ...path.split('/')));
    const format = path.slice(path.lastIndexOf('.') + 1);
    return { path, set: path.split(/[/.]/)[0], format, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  writeFileSync(join(out, pack, '.brief-manifest.json'), JSON.stringify({ pack, files: entries }));
}

async function served() {
  const out = tempDir();
  servedOut = out;
  mkdirSync(join(out, 'sample'));
  writeFileSync(join(out, 'sample', 'analyst.html'), `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>brief</p></body></html>`);
  writeFileSync(join(out, 'secret.txt'), 'not a brief');
  listed(out, 'sample', 'analyst.html');
  preview = await serveOutput(out, 0);
  return preview;
}

describe('serveOutput', () => {
  it('listens on the loopback interface only', async () => {
    const { server, url } = await served();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('lists the briefs and serves each with a reload script allowed by nonce', async () => {
    const { url } = await served();
    expect(await (await fetch(url)).text()).toContain('<a href="/sample/analyst.html">analyst.html</a>');
    const page = await (await fetch(`${url}sample/analyst.html`)).text();
    const nonce = /script-src 'nonce-([^']+)'/.exec(page)?.[1];
    expect(nonce).toBeTruthy();
    expect(page).toContain(`<script nonce="${nonce}">new EventSource('/__brief/events')`);
    expect(page).toContain('<p>brief</p>');
  });

  it('serves nothing but briefs inside the output folder', async () => {
    const { url } = await served();
    expect((await fetch(`${url}secret.txt`)).status).toBe(404);
    expect((await fetch(`${url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${url}sample/missing.html`)).status).toBe(404);
  });

  it('tells open pages to reload', async () => {
    const { url, reload } = await served();
    const response = await fetch(`${url}__brief/events`);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    reload();
    while (!text.includes('event: rebuilt')) text += decoder.decode((await reader.read()).value);
    expect(text).toContain('event: rebuilt');
    await reader.cancel();
  });
});

/** A real HTTP request with the path and Host header as given, unnormalised. */
function rawGet(url: string, path: string, host?: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((done, fail) => {
    const request = get({ host: '127.0.0.1', port, path, headers: host ? { host } : {}, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', fail);
  });
}

describe('serveOutput facing hostile requests', () => {
  it('answers a malformed percent-encoded path with 400 and keeps serving', async () => {
    const { url } = await served();
    expect((await rawGet(url, '/%E0%A4%A')).status).toBe(400);
    expect((await rawGet(url, '/sample/%')).status).toBe(400);
    expect((await rawGet(url, '/sample/analyst.html')).status).toBe(200);
  });

  it('answers only to loopback Host names, so a rebound domain cannot read the briefs', async () => {
    const { url } = await served();
    const port = new URL(url).port;
    const rebound = await rawGet(url, '/sample/analyst.html', `attacker.example:${port}`);
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('brief');
    expect((await rawGet(url, '/', `attacker.example:${port}`)).status).toBe(403);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) expect((await rawGet(url, '/sample/analyst.html', host)).status, host).toBe(200);
  });

  it('does not serve a link in the output folder that leads out of it', async () => {
    const { url } = await served();
    const outside = join(tempDir(), 'passwd.html');
    writeFileSync(outside, 'root:x:0:0');
    symlinkSync(outside, join(servedOut, 'sample', 'leak.html'));
    listed(servedOut, 'sample', 'analyst.html', 'leak.html');
    const response = await rawGet(url, '/sample/leak.html');
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('root:x');
  });

  it('escapes pack and file names in the index page', async () => {
    const { url } = await served();
    mkdirSync(join(servedOut, '<img src=x onerror=alert(1)>'));
    writeFileSync(join(servedOut, '<img src=x onerror=alert(1)>', '"><b>x.html'), '<p>x</p>');
    listed(servedOut, '<img src=x onerror=alert(1)>', '"><b>x.html');
    const index = (await rawGet(url, '/')).body;
    expect(index).not.toContain('<img src=x');
    expect(index).not.toContain('"><b>');
    expect(index).toContain('<h2>&lt;img src=x onerror=alert(1)&gt;</h2>');
    expect(index).toContain('href="/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/%22%3E%3Cb%3Ex.html"');
  });

  it('stops at once while a tab holds a connection open mid-request', async () => {
    const { url } = await served();
    const socket = connect(Number(new URL(url).port), '127.0.0.1').on('error', () => undefined);
    await new Promise<void>((ready) => socket.once('connect', () => ready()));
    socket.write('GET /sample/analyst.html HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    await preview!.close();
    preview = undefined;
    await closed;
    expect(socket.destroyed).toBe(true);
  });
});
