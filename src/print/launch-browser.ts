import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { EnvironmentError } from '../core/errors.js';
import { INSTALL_HINT, type FoundBrowser } from './find-browser.js';

/** True as root or in a container, where Chromium's sandbox cannot start. */
function needsNoSandbox(): boolean {
  const root = process.getuid?.() === 0;
  const container = existsSync('/.dockerenv') || existsSync('/run/.containerenv');
  return root || container;
}

/** Flags that keep Chromium quiet and offline: it phones nowhere while printing. */
const OFFLINE_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-gpu',
  '--font-render-hinting=none',
  // A last fence: every connection goes to a proxy on a closed local port, loopback
  // included, so even a request that escaped the page's interception (a prefetch)
  // reaches nothing.
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

/**
 * Starts one headless browser for a whole build. The caller must close it.
 * Its profile and temporary files live in one folder of ours, removed when
 * the browser exits, however it exits: Chromium killed after a crash or a
 * hang would otherwise leave its files in the system's temporary folder.
 */
export async function launchBrowser(browser: FoundBrowser): Promise<Browser> {
  const args = [...OFFLINE_FLAGS, ...(needsNoSandbox() ? ['--no-sandbox', '--disable-dev-shm-usage'] : [])];
  const dir = mkdtempSync(join(tmpdir(), 'brief-chromium-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  try {
    const launched = await puppeteer.launch({
      executablePath: browser.path,
      headless: true,
      pipe: true,
      args,
      timeout: 60_000,
      userDataDir: join(dir, 'profile'),
      env: { ...process.env, TMPDIR: dir },
    });
    const chromium = launched.process();
    if (chromium && chromium.exitCode === null && chromium.signalCode === null) chromium.once('exit', removeDir);
    else removeDir();
    return launched;
  } catch (error) {
    removeDir();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new EnvironmentError(`could not start the browser ${browser.path} (found by ${browser.source}): ${reason}`, INSTALL_HINT, { cause: error });
  }
}
