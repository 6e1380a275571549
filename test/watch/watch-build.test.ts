import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { BUILT_IN_TEMPLATES } from '../../src/templates/template-set.js';
import { watchBuild, type BuildOutcome } from '../../src/watch/watch-build.js';
import { projectCopy, tempDir } from '../helpers/fixtures.js';

/** Resolves with the next outcome the watcher reports. */
function nextOutcome(waiters: ((o: BuildOutcome) => void)[]): Promise<BuildOutcome> {
  return new Promise((resolve) => waiters.push(resolve));
}

describe('watchBuild', () => {
  it('builds, rebuilds on a change, reports a broken file without stopping, and ends when aborted', async () => {
    const dir = projectCopy();
    const out = tempDir();
    const option = join(dir, 'options', 'alpha-plan.yaml');
    const outcomes: BuildOutcome[] = [];
    const waiters: ((o: BuildOutcome) => void)[] = [];
    const controller = new AbortController();
    const watching = watchBuild({
      root: dir,
      out,
      formats: ['html'],
      debounceMs: 20,
      signal: controller.signal,
      onBuild: (outcome) => {
        outcomes.push(outcome);
        waiters.shift()?.(outcome);
      },
    });

    const first = await nextOutcome(waiters);
    expect(first.ok).toBe(true);
    const html = () => readFileSync(join(out, 'sample', 'analyst.html'), 'utf8');
    expect(html()).toContain('It is simple.');

    const second = nextOutcome(waiters);
    writeFileSync(option, readFileSync(option, 'utf8').replace('It is simple.', 'It is simpler than it looks.'));
    expect((await second).ok).toBe(true);
    expect(html()).toContain('It is simpler than it looks.');

    const third = nextOutcome(waiters);
    writeFileSync(option, readFileSync(option, 'utf8').replace('status: stalled', 'status: stalld'));
    const broken = await third;
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toBeInstanceOf(InputError);
    expect(html()).toContain('It is simpler than it looks.');

    controller.abort();
    await watching;
    expect(outcomes).toHaveLength(3);
  });

  it('sees every save of an editor that writes a new file and renames it over the old one, and of one that deletes and recreates', async () => {
    const dir = projectCopy();
    const out = tempDir();
    const option = join(dir, 'options', 'alpha-plan.yaml');
    const waiters: ((o: BuildOutcome) => void)[] = [];
    const outcomes: BuildOutcome[] = [];
    const controller = new AbortController();
    const watching = watchBuild({
      root: dir,
      out,
      formats: ['html'],
      signal: controller.signal,
      onBuild: (outcome) => {
        outcomes.push(outcome);
        waiters.shift()?.(outcome);
      },
    });
    expect((await nextOutcome(waiters)).ok).toBe(true);
    const html = () => readFileSync(join(out, 'sample', 'analyst.html'), 'utf8');
    const original = readFileSync(option, 'utf8');

    for (let save = 1; save <= 5; save++) {
      const rebuilt = nextOutcome(waiters);
      const swap = join(dir, 'options', `.alpha-plan.yaml.swp${save}`);
      writeFileSync(swap, original.replace('It is simple.', `It is simple, save ${save}.`));
      renameSync(swap, option);
      expect((await rebuilt).ok, `save ${save}`).toBe(true);
      expect(html()).toContain(`It is simple, save ${save}.`);
    }

    // The delete and the write may come as one rebuild or two: wait for the one that sees the new text.
    const recreated = new Promise<void>((resolve) => {
      const check = () => (html().includes('It is simple, recreated.') ? resolve() : void waiters.push(check));
      waiters.push(check);
    });
    rmSync(option);
    writeFileSync(option, original.replace('It is simple.', 'It is simple, recreated.'));
    await recreated;

    // A templates/ folder made after the watch began is watched too.
    const made = nextOutcome(waiters);
    mkdirSync(join(dir, 'templates'));
    expect((await made).ok).toBe(true);
    const restyled = nextOutcome(waiters);
    cpSync(join(BUILT_IN_TEMPLATES, 'analyst'), join(dir, 'templates', 'analyst'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'analyst', 'style.css'), '.watched-set { color: red; }\n', { flag: 'a' });
    expect((await restyled).ok).toBe(true);
    await new Promise<void>((resolve) => {
      const check = () => (html().includes('.watched-set') ? resolve() : void waiters.push(check));
      if (html().includes('.watched-set')) resolve();
      else waiters.push(check);
    });

    controller.abort();
    await watching;
    expect(outcomes.length).toBeGreaterThanOrEqual(9);
  });
});
