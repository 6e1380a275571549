import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer-core';

/**
 * The DevTools protocol over Chromium's pipes (--remote-debugging-pipe):
 * one JSON message each way, ended by a NUL byte. A transport we own lets us
 * start the browser ourselves, before Puppeteer is even loaded.
 */
export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  #pending: Buffer[] = [];
  #closed = false;

  constructor(
    private readonly write: Writable,
    read: Readable,
  ) {
    read.on('data', (chunk: Buffer) => this.#receive(chunk));
    read.on('close', () => this.#close());
    read.on('error', () => this.#close());
    write.on('error', () => this.#close());
  }

  send(message: string): void {
    if (this.#closed) return;
    this.write.write(message);
    this.write.write('\0');
  }

  close(): void {
    this.#close();
  }

  #receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      const message = Buffer.concat([...this.#pending, chunk.subarray(start, end)]).toString('utf8');
      this.#pending = [];
      start = end + 1;
      // Delivered on a later tick, as Puppeteer expects of a transport.
      setImmediate(() => this.onmessage?.(message));
    }
    if (start < chunk.length) this.#pending.push(chunk.subarray(start));
  }

  #close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.onclose?.();
  }
}
