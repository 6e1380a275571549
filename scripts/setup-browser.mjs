#!/usr/bin/env node
// Makes sure this machine has a browser to print PDFs with (`npm run setup`).
// It uses the same search as `brief build`; when none is found it installs
// Chromium from Debian's packages (Debian or Ubuntu, as root), or else
// Chrome's headless shell into Puppeteer's cache, or says what to do. Safe to run again.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
if (!existsSync(new URL('dist/print/find-browser.js', root))) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}
const { findBrowser, browserCacheDir, BROWSER_VARIABLES, INSTALL_HINT } = await import('../dist/print/find-browser.js');

const say = (line) => console.log(`setup: ${line}`);
const tryFind = () => {
  try {
    return findBrowser();
  } catch {
    return undefined;
  }
};
/**
 * Runs an install step quietly: its own output is shown only when it fails.
 * A failure is reported by the final check, not as a stack trace.
 */
const run = (command, args) => {
  say(`running ${command} ${args.join(' ')}`);
  try {
    execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    if (output) console.error(output);
    say(`${command} failed`);
  }
};

let found = tryFind();
const named = BROWSER_VARIABLES.find((v) => process.env[v]);
if (!found && named) {
  console.error(`setup: ${named} is set to "${process.env[named]}", which is not an executable browser. Fix or unset it.`);
  process.exit(2);
}
if (!found && process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  say('no browser found; installing Chromium from Debian packages (about 20 s)');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  found = tryFind();
}
if (!found) {
  say("no browser found; downloading Chrome's headless shell into Puppeteer's cache (needs network access)");
  try {
    const { install, resolveBuildId, detectBrowserPlatform, Browser } = await import('@puppeteer/browsers');
    const platform = detectBrowserPlatform();
    const buildId = await resolveBuildId(Browser.CHROMEHEADLESSSHELL, platform, 'stable');
    await install({ browser: Browser.CHROMEHEADLESSSHELL, buildId, platform, cacheDir: browserCacheDir() });
  } catch (error) {
    say(`the download failed: ${error instanceof Error ? error.message : error}`);
  }
  found = tryFind();
}
if (!found) {
  console.error(`setup: no Chrome, Chromium or Edge browser found to print PDFs with.\n${INSTALL_HINT}`);
  process.exit(2);
}
say(`printing with ${found.path} (found by ${found.source})`);
