import puppeteer, { type Browser } from 'puppeteer-core';
import { EnvironmentError } from '../core/errors.js';
import { findBrowser, INSTALL_HINT, type FoundBrowser } from './find-browser.js';
import { PipeTransport } from './pipe-transport.js';
import { startChromium, type StartedChromium } from './start-chromium.js';

/** How long a browser may take to start and answer. */
const START_TIMEOUT_MS = 60_000;

/** A browser we started, and Puppeteer's handle on it. */
export interface RunningBrowser {
  browser: Browser;
  chromium: StartedChromium;
}

/**
 * Puppeteer's handle on a Chromium that `startChromium` started, over its
 * pipes. Fails, with the browser's own last words, if it exits or does not
 * answer in time; the process is then killed.
 */
export async function connectBrowser(chromium: StartedChromium): Promise<RunningBrowser> {
  let timer: NodeJS.Timeout | undefined;
  const exited = chromium.exited.then(() => {
    throw new Error(chromium.stderr().trim().split('\n').at(-1) || `it exited with code ${chromium.process.exitCode}`);
  });
  const timeout = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`it did not answer within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS)));
  try {
    const transport = new PipeTransport(chromium.pipes.write, chromium.pipes.read);
    // The browser's helpers may hold its pipes open for a moment after it dies: its exit, not the pipes' end, ends the connection.
    void chromium.exited.then(() => transport.close());
    const browser = await Promise.race([puppeteer.connect({ transport }), exited, timeout]);
    return { browser, chromium };
  } catch (error) {
    chromium.process.kill('SIGKILL');
    const { path, source } = chromium.found;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new EnvironmentError(`could not start the browser ${path} (found by ${source}): ${reason}`, INSTALL_HINT, { cause: error });
  } finally {
    clearTimeout(timer);
    exited.catch(() => undefined);
  }
}

/** Starts a browser and connects to it in one step: for callers with nothing to do while it boots. */
export async function launchBrowser(browser: FoundBrowser = findBrowser()): Promise<RunningBrowser> {
  return connectBrowser(startChromium(browser));
}
