import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { isInside, realFileInside } from '../core/inside.js';
import { outputPlace, type Format } from '../core/output-paths.js';
import { builtPacks, readManifest, type Manifest, type ManifestEntry } from '../write/manifest.js';
import { escapeHtml } from '../render/escape-html.js';
import { EVENTS_PATH, withLiveReload } from './live-reload.js';

export interface Preview {
  server: Server;
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  /** Stops listening and ends every open connection, event streams and idle tabs included. */
  close(): Promise<void>;
}

const TYPES: Record<Format, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

const href = (pack: string, path: string) => escapeHtml(`/${[pack, ...path.split('/')].map(encodeURIComponent).join('/')}`);

/** One pack's briefs, a line per template set: its briefs in every format, then its one-per-option files. */
function packSection(manifest: Manifest): string {
  const bySet = new Map<string, ManifestEntry[]>();
  for (const f of manifest.files) bySet.set(f.set, [...(bySet.get(f.set) ?? []), f]);
  const lines = [...bySet].map(([set, files]) => {
    const whole = files.filter((f) => !f.path.includes('/'));
    const perOption = files.filter((f) => f.path.includes('/'));
    const links = (list: typeof files) => list.map((f) => `<a href="${href(manifest.pack, f.path)}">${escapeHtml(f.path)}</a>`).join(' · ');
    const options = perOption.length > 0 ? `${whole.length > 0 ? '<br>' : ''}one per option: ${links(perOption)}` : '';
    return `<li><b>${escapeHtml(set)}</b>: ${links(whole)}${options}</li>`;
  });
  return `<h2>${escapeHtml(manifest.pack)}</h2><ul>${lines.join('')}</ul>`;
}

/**
 * What the last build of each pack made, from the manifests in the output
 * folder: every set's briefs in every format, and the handouts. A folder with
 * no manifest is named, with why it is not listed. Every name is escaped, as a
 * pack's file name is the user's.
 */
async function indexPage(out: string): Promise<string> {
  const entries = await readdir(out, { withFileTypes: true }).catch(() => []);
  const built = await builtPacks(out);
  const unlisted = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && !built.some((m) => m.pack === e.name)).map((e) => e.name);
  const note = unlisted.length > 0 ? `<p>Not listed, as no build of this version of brief has recorded what it made there: ${unlisted.sort().map(escapeHtml).join(', ')}. Build them again to preview them.</p>` : '';
  const body = built.length > 0 ? built.map(packSection).join('') : '<p>Nothing built yet.</p>';
  return withLiveReload(`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content=""><meta name="viewport" content="width=device-width, initial-scale=1"><title>brief preview</title>
<style>body{font-family:sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5}li{margin:.4rem 0}a{overflow-wrap:anywhere}</style></head><body><h1>Briefs</h1>
<p>What the last build of each pack wrote (HTML opens here; PDF and Word files open in your viewer).</p>${body}${note}</body></html>`);
}

/**
 * Whether the request was addressed to this machine by a loopback name: a page
 * on another site that rebinds its own name to 127.0.0.1 sends that name as
 * its Host, and is refused.
 */
export function loopbackHost(host: string | undefined, port: number): boolean {
  return host !== undefined && [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

/** The request's path decoded, or undefined when it is not a well-formed path. */
function requestPath(request: IncomingMessage): string | undefined {
  try {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

const answer = (response: ServerResponse, status: number, text: string) =>
  void response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...HEADERS }).end(text);

/**
 * A brief under `out`: a file that a pack's manifest says its last build
 * wrote, a regular file whose real path (links followed) is inside the output
 * folder, opened without following a link swapped in since.
 */
async function readBrief(out: string, path: string): Promise<{ type: string; html: boolean; bytes: Buffer } | undefined> {
  const [pack, ...rest] = path.split('/').slice(1);
  if (!pack || rest.length === 0) return undefined;
  const manifest = await readManifest(out, pack);
  const entry = typeof manifest === 'object' ? manifest.files.find((f) => f.path === rest.join('/')) : undefined;
  if (!entry) return undefined;
  const file = resolve(out, pack, ...rest);
  const format = outputPlace(out, file)?.format;
  if (!format || !isInside(out, file)) return undefined;
  const real = realFileInside(out, file);
  if (!real.ok) return undefined;
  const handle = await open(real.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => undefined);
  if (!handle) return undefined;
  try {
    return (await handle.stat()).isFile() ? { type: TYPES[format], html: format === 'html', bytes: await handle.readFile() } : undefined;
  } finally {
    await handle.close();
  }
}

/**
 * Serves the output folder on the loopback interface only, to loopback Host
 * names only, with live reload: HTML briefs reload themselves after each
 * rebuild. Nothing but the files the last builds wrote (as their manifests
 * list them) is ever served, and no request, however malformed, can stop it.
 */
export async function serveOutput(out: string, port: number): Promise<Preview> {
  const clients = new Set<ServerResponse>();
  let listening = port;
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (!loopbackHost(request.headers.host, listening)) return answer(response, 403, 'this preview answers only to 127.0.0.1 and localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(response, 405, 'only GET');
    const path = requestPath(request);
    if (path === undefined) return answer(response, 400, 'bad request');
    if (path === EVENTS_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', connection: 'keep-alive', ...HEADERS });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (path === '/') return void response.writeHead(200, { 'content-type': TYPES.html, ...HEADERS }).end(await indexPage(out));
    const brief = await readBrief(out, path);
    if (!brief) return answer(response, 404, 'not found: only what the last build wrote is served (see the list at /)');
    response.writeHead(200, { 'content-type': brief.type, ...HEADERS });
    response.end(brief.html ? withLiveReload(brief.bytes.toString('utf8')) : brief.bytes);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) answer(response, 500, 'could not read the file');
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n'));
  await new Promise<void>((ready, fail) => server.once('error', fail).listen(port, '127.0.0.1', ready));
  const address = server.address();
  listening = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://127.0.0.1:${listening}/`,
    reload: () => clients.forEach((c) => c.write('event: rebuilt\ndata: now\n\n')),
    close: () =>
      new Promise((done) => {
        clients.forEach((c) => c.end());
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
