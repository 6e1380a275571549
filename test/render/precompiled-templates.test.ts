import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build as buildFromSources } from '../../src/build.js';
import { REPO, tempDir } from '../helpers/fixtures.js';

const DIST = join(REPO, 'dist');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the built-in templates compiled with the package', () => {
  it('holds every built-in template, by the hash of its text', async () => {
    const { PRECOMPILED } = (await import(join(DIST, 'render', 'precompiled-templates.js'))) as { PRECOMPILED: Map<string, unknown> };
    const templates = readdirSync(join(REPO, 'templates'), { recursive: true }).map(String).filter((f) => f.endsWith('.hbs'));
    expect(templates.length).toBeGreaterThan(20);
    const missing = templates.filter((f) => !PRECOMPILED.has(sha256(readFileSync(join(REPO, 'templates', f), 'utf8'))));
    expect(missing).toEqual([]);
  });

  it('renders the sample exactly as the templates compiled at build time do', async () => {
    // The sources have no precompiled code beside them, so they compile every template; the package runs what it was built with.
    const { build: buildFromPackage } = (await import(join(DIST, 'build.js'))) as { build: typeof buildFromSources };
    const [compiled, precompiled] = [tempDir(), tempDir()];
    await buildFromSources({ root: REPO, out: compiled, formats: ['html'] });
    await buildFromPackage({ root: REPO, out: precompiled, formats: ['html'] });
    for (const file of ['analyst.html', 'minister.html']) {
      const a = readFileSync(join(compiled, 'kashmir-2025', file), 'utf8');
      expect(a.length).toBeGreaterThan(10_000);
      expect(readFileSync(join(precompiled, 'kashmir-2025', file), 'utf8')).toBe(a);
    }
  });
});
