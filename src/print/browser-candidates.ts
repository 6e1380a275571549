import { join } from 'node:path';

const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/snap/bin/chromium',
];

const MAC_APPS = ['Google Chrome', 'Chromium', 'Microsoft Edge', 'Google Chrome Canary'];

const WINDOWS = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Chromium', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
];

/** Names to look for on PATH, in order of preference. */
export const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'msedge', 'microsoft-edge'];

/** Where browsers are usually installed on this platform, most likely first. */
export function installedBrowserPaths(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    const home = env['HOME'] ?? '';
    return MAC_APPS.flatMap((app) => [
      `/Applications/${app}.app/Contents/MacOS/${app}`,
      join(home, 'Applications', `${app}.app`, 'Contents', 'MacOS', app),
    ]);
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return roots.flatMap((root) => WINDOWS.map((parts) => join(root, ...parts)));
  }
  return LINUX;
}
