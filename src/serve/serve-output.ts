import { createReadStream, existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { isInside } from '../core/inside.js';
import { EVENTS_PATH, withLiveReload } from './live-reload.js';

export interface Preview {
  server: Server;
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf' };

/** The output folder's briefs as a page of links. */
async function indexPage(out: string): Promise<string> {
  const packs = existsSync(out) ? (await readdir(out, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name) : [];
  const sections = await Promise.all(
    packs.sort().map(async (pack) => {
      const files = (await readdir(join(out, pack))).filter((f) => TYPES[extname(f)]).sort();
      return `<h2>${pack}</h2><ul>${files.map((f) => `<li><a href="/${pack}/${f}">${f}</a></li>`).join('')}</ul>`;
    }),
  );
  return withLiveReload(`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content=""><title>brief preview</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto}</style></head><body><h1>Briefs</h1>${sections.join('') || '<p>Nothing built yet.</p>'}</body></html>`);
}

/**
 * Serves the output folder on the loopback interface only, with live reload:
 * HTML briefs reload themselves after each rebuild. Nothing outside the
 * output folder is ever served.
 */
export async function serveOutput(out: string, port: number): Promise<Preview> {
  const clients = new Set<ServerResponse>();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === EVENTS_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (path === '/') return void response.writeHead(200, { 'content-type': TYPES['.html']! }).end(await indexPage(out));
    const file = resolve(out, `.${path}`);
    const type = TYPES[extname(file)];
    if (!isInside(out, file) || !type || !existsSync(file) || !statSync(file).isFile()) {
      return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    if (type === TYPES['.pdf']) return void createReadStream(file).pipe(response);
    response.end(withLiveReload(await readFile(file, 'utf8')));
  });
  await new Promise<void>((ready, fail) => server.once('error', fail).listen(port, '127.0.0.1', ready));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return {
    server,
    url,
    reload: () => clients.forEach((c) => c.write('event: rebuilt\ndata: now\n\n')),
    close: () =>
      new Promise((done) => {
        clients.forEach((c) => c.end());
        server.close(() => done());
      }),
  };
}
