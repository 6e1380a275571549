import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { isInside, realFileInside } from '../core/inside.js';
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

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf' };
const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/** The output folder's briefs as a page of links; every name escaped, as a pack's file name is the user's. */
async function indexPage(out: string): Promise<string> {
  const entries = await readdir(out, { withFileTypes: true }).catch(() => []);
  const packs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  const sections = await Promise.all(
    packs.sort().map(async (pack) => {
      const files = (await readdir(join(out, pack)).catch(() => [] as string[])).filter((f) => TYPES[extname(f)]).sort();
      const href = (f: string) => escapeHtml(`/${encodeURIComponent(pack)}/${encodeURIComponent(f)}`);
      return `<h2>${escapeHtml(pack)}</h2><ul>${files.map((f) => `<li><a href="${href(f)}">${escapeHtml(f)}</a></li>`).join('')}</ul>`;
    }),
  );
  return withLiveReload(`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content=""><title>brief preview</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto}</style></head><body><h1>Briefs</h1>${sections.join('') || '<p>Nothing built yet.</p>'}</body></html>`);
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
 * A brief under `out`: a regular file of a type the build writes, whose real
 * path (links followed) is inside the output folder, opened without following
 * a link swapped in since.
 */
async function readBrief(out: string, path: string): Promise<{ type: string; bytes: Buffer } | undefined> {
  const file = resolve(out, `.${path}`);
  const type = TYPES[extname(file)];
  if (!type || !isInside(out, file)) return undefined;
  const real = realFileInside(out, file);
  if (!real.ok) return undefined;
  const handle = await open(real.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => undefined);
  if (!handle) return undefined;
  try {
    return (await handle.stat()).isFile() ? { type, bytes: await handle.readFile() } : undefined;
  } finally {
    await handle.close();
  }
}

/**
 * Serves the output folder on the loopback interface only, to loopback Host
 * names only, with live reload: HTML briefs reload themselves after each
 * rebuild. Nothing but briefs inside the output folder is ever served, and no
 * request, however malformed, can stop the server.
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
    if (path === '/') return void response.writeHead(200, { 'content-type': TYPES['.html']!, ...HEADERS }).end(await indexPage(out));
    const brief = await readBrief(out, path);
    if (!brief) return answer(response, 404, 'not found');
    response.writeHead(200, { 'content-type': brief.type, ...HEADERS });
    response.end(brief.type === TYPES['.html'] ? withLiveReload(brief.bytes.toString('utf8')) : brief.bytes);
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
