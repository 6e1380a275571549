import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/fixtures.js';
import { readPdf } from '../helpers/pdf.js';

const run = promisify(execFile);
/** Any browser download, by Puppeteer or its tools, goes to a closed port and fails. */
const NO_BROWSER_DOWNLOAD = Object.fromEntries(
  ['PUPPETEER_DOWNLOAD_BASE_URL', 'PUPPETEER_CHROME_DOWNLOAD_BASE_URL', 'PUPPETEER_CHROME_HEADLESS_SHELL_DOWNLOAD_BASE_URL'].map((v) => [v, 'http://127.0.0.1:9']),
);

describe('the published package', () => {
  it('installs into an empty npm project with no browser download, then init and build make HTML and PDF for every audience', { timeout: 600_000 }, async () => {
    const home = tempDir();
    const project = tempDir();
    // The dist/ that the global setup built from the current sources.
    const packed = tempDir();
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packed], { cwd: REPO });
    const tarball = join(packed, stdout.trim().split('\n').at(-1)!);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'first-hour', version: '1.0.0', private: true }));
    const env = { ...process.env, ...NO_BROWSER_DOWNLOAD, HOME: home, npm_config_cache: join(process.env['HOME'] ?? home, '.npm') };
    // The npm registry is reachable (from the usual cache where it can be); a browser download is not.
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project, env });
    expect(existsSync(join(project, 'node_modules', 'options-brief', 'dist', 'bin.js'))).toBe(true);
    // Installing runs nothing of ours: dist/ was compiled when the package was packed.
    const { scripts } = JSON.parse(readFileSync(join(project, 'node_modules', 'options-brief', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(Object.keys(scripts).filter((s) => /^(pre|post)?(install|prepare)$/.test(s))).toEqual([]);
    expect(existsSync(join(home, '.cache', 'puppeteer')), 'a browser was downloaded').toBe(false);

    await run('npx', ['--no-install', 'brief', 'init'], { cwd: project, env });
    await run('npx', ['--no-install', 'brief', 'build'], { cwd: project, env });
    const out = join(project, 'output', 'beagle-channel');
    expect(readdirSync(out).sort()).toEqual(['.brief-manifest.json', '.brief-snapshot.json', 'analyst.html', 'analyst.pdf', 'handouts', 'handouts.html', 'handouts.pdf', 'minister.html', 'minister.pdf']);
    expect((await readPdf(join(out, 'analyst.pdf'))).pageTexts.join(' ')).toContain('Beagle Channel');
  });
});
