import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { runCli, STACK_TRACE } from '../helpers/cli.js';
import { projectCopy, tempDir } from '../helpers/fixtures.js';
import { edit } from '../helpers/git-project.js';

const OPTION = 'options/alpha-plan.yaml';

/** The fixture project (no git repository) built to HTML once: its output folder holds the build's snapshot. */
async function built() {
  const dir = projectCopy();
  await build({ root: dir, formats: ['html'] });
  return { dir, snapshot: join(dir, 'output', 'sample', '.brief-snapshot.json') };
}

describe('each build', () => {
  it('writes a snapshot of each pack it builds beside its briefs, and reports only the briefs as written', async () => {
    const dir = projectCopy();
    const { written } = await build({ root: dir, formats: ['html'] });
    expect(written).toEqual([join(dir, 'output', 'sample', 'analyst.html')]);
    const snapshot = JSON.parse(readFileSync(join(dir, 'output', 'sample', '.brief-snapshot.json'), 'utf8'));
    expect(snapshot).toMatchObject({ kind: 'options-brief edition snapshot', format: 1, pack: { id: 'sample', data: { title: 'A sample pack', options: ['alpha-plan'] } } });
    expect(Object.keys(snapshot.options)).toEqual(['alpha-plan']);
    expect(Object.keys(snapshot.sources).sort()).toEqual(['doc-one', 'doc-two']);
  });
});

describe('brief diff --since-build and --since <snapshot>', () => {
  it('says nothing changed right after a build', async () => {
    const { dir } = await built();
    const result = await runCli('-C', dir, 'diff', '--since-build');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^sample: nothing changed since .*output\/sample\/\.brief-snapshot\.json\n$/);
  });

  it('prints a score, a stance and a source changed since the build, from the snapshot, without git', async () => {
    const { dir, snapshot } = await built();
    edit(dir, OPTION, ['score: 2\n    rationale: Hard to revive.', 'score: 3\n    rationale: Talks resumed.'], ['stance: opposes', 'stance: conditional'], ['sources: [doc-two]\npros', 'sources: [doc-two, doc-three]\npros']);
    edit(dir, 'options/sources.yaml', ['  - id: doc-two', '  - id: doc-three\n    title: A third document\n    kind: report\n  - id: doc-two']);
    const expected = [
      "  The Alpha plan: South's position changed from opposes to accepts with conditions",
      '  The Alpha plan: score for Feasible now raised from 2 to 3: Talks resumed.',
      '  Sources: now cited: A third document',
      '',
    ];
    for (const flags of [['--since-build'], ['--since', snapshot]]) {
      const result = await runCli('-C', dir, 'diff', ...flags);
      expect(result.stderr).toBe('');
      const [head, ...lines] = result.stdout.split('\n');
      expect(head).toMatch(/^sample: 3 changes since .*\.brief-snapshot\.json \(2025-06-01\)$/);
      expect(lines).toEqual(expected);
    }
    const json = JSON.parse((await runCli('-C', dir, 'diff', '--since-build', '--json')).stdout);
    expect(json.changes.map((c: { kind: string }) => c.kind)).toEqual(['position', 'score', 'source-added']);
  });

  it('finds the snapshot in the output folder named with --out', async () => {
    const dir = projectCopy();
    const out = tempDir();
    await build({ root: dir, formats: ['html'], out });
    edit(dir, OPTION, ['status: stalled', 'status: rejected']);
    const result = await runCli('-C', dir, 'diff', '--since-build', '--out', out, '--json');
    expect(JSON.parse(result.stdout).changes).toMatchObject([{ kind: 'status', from: 'stalled', to: 'rejected' }]);
  });

  it('refuses a missing snapshot: exit 1, the path, what to do, no stack trace', async () => {
    const dir = projectCopy();
    const result = await runCli('-C', dir, 'diff', '--since-build');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("output/sample/.brief-snapshot.json: there is no snapshot here: each `brief build` writes one in the pack's output folder");
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses a corrupt snapshot with its line and column, and a file that is not a snapshot', async () => {
    const { dir, snapshot } = await built();
    writeFileSync(snapshot, '{\n  "kind": "options-brief edition snapshot",\n  "format": 1,\n  oops\n}\n');
    const corrupt = await runCli('-C', dir, 'diff', '--since', snapshot);
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toMatch(/\.brief-snapshot\.json:4:3: .*is not a snapshot options-brief wrote: it is not valid JSON/);
    expect(corrupt.stderr).not.toMatch(STACK_TRACE);

    writeFileSync(snapshot, JSON.stringify({ hello: 'world' }));
    const other = await runCli('-C', dir, 'diff', '--since-build');
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('is not a snapshot options-brief wrote (it has no "kind": "options-brief edition snapshot")');

  });

  it('refuses a snapshot whose pack the schema no longer accepts, naming the field', async () => {
    const { dir, snapshot } = await built();
    const data = JSON.parse(readFileSync(snapshot, 'utf8'));
    data.options['alpha-plan'].status = 'frozen';
    writeFileSync(snapshot, JSON.stringify(data));
    const result = await runCli('-C', dir, 'diff', '--since', snapshot);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does not hold a pack as this version reads packs (options.alpha-plan.status:');
  });

  it('refuses --since and --since-build together', async () => {
    const { dir } = await built();
    const result = await runCli('-C', dir, 'diff', '--since', 'edition-1', '--since-build');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--since: give --since or --since-build, not both');
  });
});
