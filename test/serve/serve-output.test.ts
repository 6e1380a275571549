import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveOutput, type Preview } from '../../src/serve/serve-output.js';
import { tempDir } from '../helpers/fixtures.js';

let preview: Preview | undefined;
afterEach(async () => {
  await preview?.close();
  preview = undefined;
});

async function served() {
  const out = tempDir();
  mkdirSync(join(out, 'sample'));
  writeFileSync(join(out, 'sample', 'analyst.html'), `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>brief</p></body></html>`);
  writeFileSync(join(out, 'secret.txt'), 'not a brief');
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
