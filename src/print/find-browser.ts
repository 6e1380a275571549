import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createRequire } from 'node:module';
import type * as PuppeteerBrowsers from '@puppeteer/browsers';
import { EnvironmentError } from '../core/errors.js';
import { installedBrowserPaths, PATH_NAMES } from './browser-candidates.js';

export interface FoundBrowser {
  path: string;
  /** How it was found: the flag, a variable's name, "system", "PATH" or "puppeteer cache". */
  source: string;
}

/** Variables that may name a browser, in order of precedence. */
export const BROWSER_VARIABLES = ['BRIEF_BROWSER', 'PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const;

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function onPath(env: NodeJS.ProcessEnv): string | undefined {
  const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of PATH_NAMES) {
    for (const dir of dirs) for (const ext of exts) if (isExecutable(join(dir, name + ext))) return join(dir, name + ext);
  }
  return undefined;
}

/** Where `npx @puppeteer/browsers install` and Puppeteer keep the browsers they download. */
export const browserCacheDir = (env: NodeJS.ProcessEnv = process.env) => env['PUPPETEER_CACHE_DIR'] || join(homedir(), '.cache', 'puppeteer');

/** A Chrome that Puppeteer's tools downloaded into their cache, newest first; options-brief itself never downloads one. */
export function downloadedBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    // Loaded only when no other browser is found: finding one must not wait for it.
    const { Cache, detectBrowserPlatform } = createRequire(import.meta.url)('@puppeteer/browsers') as typeof PuppeteerBrowsers;
    const cache = new Cache(browserCacheDir(env));
    const platform = detectBrowserPlatform();
    const browsers = cache.getInstalledBrowsers().filter((b) => b.platform === platform && ['chrome', 'chrome-headless-shell', 'chromium'].includes(b.browser));
    browsers.sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
    return browsers.map((b) => b.executablePath).find(isExecutable);
  } catch {
    return undefined;
  }
}

export const INSTALL_HINT = [
  'Install one of:',
  '  Debian or Ubuntu (as root):  apt-get install -y --no-install-recommends chromium',
  '  any system with network:     npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer',
  'or name a Chrome, Chromium or Edge binary with --browser <path> or BRIEF_BROWSER=<path>.',
].join('\n');

/**
 * The browser to print with: the `--browser` flag, then BRIEF_BROWSER,
 * PUPPETEER_EXECUTABLE_PATH and CHROME_PATH, then system installs, then PATH,
 * then a Chrome downloaded into Puppeteer's cache by `npx @puppeteer/browsers
 * install`. Installing options-brief never downloads one: it depends on
 * puppeteer-core, which has no install script. A browser named explicitly must exist.
 */
export function findBrowser(flag?: string, env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const named: [string, string | undefined][] = [['--browser', flag], ...BROWSER_VARIABLES.map((v): [string, string | undefined] => [v, env[v]])];
  for (const [source, path] of named) {
    if (!path) continue;
    if (!isExecutable(path)) throw new EnvironmentError(`${source} names "${path}", which is not an executable browser`, INSTALL_HINT);
    return { path, source };
  }
  const system = installedBrowserPaths(process.platform, env).find(isExecutable);
  if (system) return { path: system, source: 'system' };
  const path = onPath(env);
  if (path) return { path, source: 'PATH' };
  const cached = downloadedBrowser(env);
  if (cached) return { path: cached, source: 'puppeteer cache' };
  throw new EnvironmentError('no Chrome, Chromium or Edge browser found to print PDFs with', INSTALL_HINT);
}
