import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { FoundBrowser } from './find-browser.js';
import { OWNER_FILE, PROFILE_PREFIX, removeStaleProfiles } from './stale-profiles.js';

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

/** What a headless print needs of the flags an automation tool usually passes: no extensions, no background work, tagged PDFs with outlines. */
const PRINT_FLAGS = [
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-search-engine-choice-screen',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
  '--export-tagged-pdf',
  '--generate-pdf-document-outline',
  '--force-color-profile=srgb',
  '--password-store=basic',
  '--use-mock-keychain',
  '--metrics-recording-only',
  '--enable-automation',
];

/** A Chromium process, talking the DevTools protocol over a pair of pipes, not yet connected to. */
export interface StartedChromium {
  found: FoundBrowser;
  process: ChildProcess;
  /** Where commands go (the browser's fd 3) and where answers come from (its fd 4). */
  pipes: { write: Writable; read: Readable };
  /** Settles when the process has exited and its folder is removed. */
  exited: Promise<void>;
  /** The end of its standard error, for saying why it failed to start. */
  stderr(): string;
}

/**
 * Starts Chromium at once, with only Node's own modules loaded, so that it
 * boots while Node loads the rest of the build. Its profile and temporary files
 * live in one folder of ours, removed when it exits, however it exits: a
 * browser killed after a crash or a hang would otherwise leave its files in the
 * system's temporary folder. Nobody connects to it yet (see connect-browser.ts).
 */
export function startChromium(browser: FoundBrowser): StartedChromium {
  const dir = mkdtempSync(join(tmpdir(), PROFILE_PREFIX));
  // Whose it is: a later build removes the folder once this process is gone, however it ended (SIGKILL included).
  writeFileSync(join(dir, OWNER_FILE), `${process.pid}\n`);
  const args = [
    ...OFFLINE_FLAGS,
    ...PRINT_FLAGS,
    ...(needsNoSandbox() ? ['--no-sandbox', '--disable-dev-shm-usage'] : []),
    '--remote-debugging-pipe',
    `--user-data-dir=${join(dir, 'profile')}`,
    'about:blank',
  ];
  const child = spawn(browser.path, args, {
    env: { ...process.env, TMPDIR: dir },
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    // Its own process group, so that a Ctrl-C in the terminal reaches the build, which closes it, and not it directly.
    detached: process.platform !== 'win32',
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => void (stderr = (stderr + chunk).slice(-2000)));
  /** Kills the browser's whole process group (its helpers, the renderers and the zygote, may outlive it by a moment, still writing) and removes its folder. */
  const cleanUp = () => {
    if (child.pid !== undefined && process.platform !== 'win32') {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
    } else child.kill('SIGKILL');
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    } catch {
      // Left for the next build's stale-folder sweep: a folder we could not remove must not fail the build.
    }
  };
  // The folders that builds killed with SIGKILL left behind, swept while this browser boots; done before `exited` settles.
  const swept = removeStaleProfiles(tmpdir());
  const exited = new Promise<void>((done) => {
    const removeDir = () => {
      cleanUp();
      void swept.then(() => done());
    };
    child.once('exit', removeDir);
    // A binary that cannot be run never exits: it fails to spawn.
    child.once('error', () => (child.exitCode === null && child.pid === undefined ? removeDir() : undefined));
  });
  // A process that ends without closing it (an uncaught error, a second Ctrl-C) must not leave it running, nor its folder.
  process.once('exit', cleanUp);
  child.once('exit', () => process.off('exit', cleanUp));
  return { found: browser, process: child, pipes: { write: child.stdio[3] as Writable, read: child.stdio[4] as Readable }, exited, stderr: () => stderr };
}
