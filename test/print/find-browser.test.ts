import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Browser, computeExecutablePath, detectBrowserPlatform } from '@puppeteer/browsers';
import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/core/errors.js';
import { installedBrowserPaths } from '../../src/print/browser-candidates.js';
import { downloadedBrowser, findBrowser } from '../../src/print/find-browser.js';
import { tempDir } from '../helpers/fixtures.js';

function fakeBrowser(name: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('findBrowser', () => {
  it('takes the --browser flag before any variable', () => {
    const flag = fakeBrowser('flag-chrome');
    const env = { BRIEF_BROWSER: fakeBrowser('env-chrome') };
    expect(findBrowser(flag, env)).toEqual({ path: flag, source: '--browser' });
  });

  it('takes BRIEF_BROWSER, then PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH', () => {
    const brief = fakeBrowser('a');
    const pptr = fakeBrowser('b');
    const chrome = fakeBrowser('c');
    expect(findBrowser(undefined, { BRIEF_BROWSER: brief, PUPPETEER_EXECUTABLE_PATH: pptr, CHROME_PATH: chrome }).source).toBe('BRIEF_BROWSER');
    expect(findBrowser(undefined, { PUPPETEER_EXECUTABLE_PATH: pptr, CHROME_PATH: chrome }).source).toBe('PUPPETEER_EXECUTABLE_PATH');
    expect(findBrowser(undefined, { CHROME_PATH: chrome })).toEqual({ path: chrome, source: 'CHROME_PATH' });
  });

  it('refuses a named browser that does not exist, with how to install one', () => {
    const attempt = () => findBrowser('/nowhere/chrome', {});
    expect(attempt).toThrow(EnvironmentError);
    expect(attempt).toThrow('--browser names "/nowhere/chrome", which is not an executable browser');
    try {
      attempt();
    } catch (error) {
      expect((error as EnvironmentError).hint).toContain('apt-get install -y --no-install-recommends chromium');
    }
  });

  it('finds the system browser this machine has', () => {
    const found = findBrowser(undefined, { PATH: '' });
    expect(['system', 'puppeteer cache']).toContain(found.source);
  });

  it("finds the newest Chrome in Puppeteer's cache, never downloading one", () => {
    const cacheDir = tempDir();
    const place = (browser: Browser, buildId: string) => {
      const path = computeExecutablePath({ cacheDir, browser, buildId, platform: detectBrowserPlatform()! });
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, '#!/bin/sh\n');
      chmodSync(path, 0o755);
      return path;
    };
    expect(downloadedBrowser({ PUPPETEER_CACHE_DIR: cacheDir })).toBeUndefined();
    place(Browser.CHROMEHEADLESSSHELL, '9.0.100.1');
    const newest = place(Browser.CHROMEHEADLESSSHELL, '10.0.1.1');
    expect(downloadedBrowser({ PUPPETEER_CACHE_DIR: cacheDir })).toBe(newest);
  });

  it('knows where browsers live on Linux, macOS and Windows', () => {
    expect(installedBrowserPaths('linux')).toContain('/usr/bin/chromium');
    expect(installedBrowserPaths('darwin', { HOME: '/Users/a' })).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(installedBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' }).some((p) => p.endsWith('chrome.exe'))).toBe(true);
  });
});
