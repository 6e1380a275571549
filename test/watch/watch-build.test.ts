import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
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
});
