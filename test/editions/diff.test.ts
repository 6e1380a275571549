import { join } from 'node:path';
import { copyFileSync, cpSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../helpers/cli.js';
import { tempDir, projectCopy } from '../helpers/fixtures.js';
import { edit, git, taggedProject } from '../helpers/git-project.js';

const PACK = 'options/packs/sample.yaml';
const OPTION = 'options/alpha-plan.yaml';

const changesOf = async (dir: string, ...extra: string[]) => {
  const result = await runCli('-C', dir, 'diff', '--since', 'edition-1', '--json', ...extra);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { changes: { kind: string; what?: string; from?: unknown; to?: unknown; option?: { id: string } }[] };
};

describe('brief diff --since', () => {
  it('says nothing changed for a pack as it was at the ref', async () => {
    const dir = taggedProject();
    const result = await runCli('-C', dir, 'diff', '--since', 'edition-1');
    expect(result).toMatchObject({ code: 0, stdout: 'sample: nothing changed since edition-1\n', stderr: '' });
    expect((await changesOf(dir)).changes).toEqual([]);
  });

  it('prints a score, a stance and a source changed in the working tree, one line each', async () => {
    const dir = taggedProject();
    edit(dir, OPTION, ['score: 2\n    rationale: Hard to revive.', 'score: 3\n    rationale: Talks resumed.'], ['stance: opposes', 'stance: conditional'], ['sources: [doc-two]\npros', 'sources: [doc-two, doc-three]\npros']);
    edit(dir, 'options/sources.yaml', ['  - id: doc-two', '  - id: doc-three\n    title: A third document\n    kind: report\n  - id: doc-two']);
    const result = await runCli('-C', dir, 'diff', '--since', 'edition-1');
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([
      'sample: 3 changes since edition-1 (2025-06-01)',
      "  The Alpha plan: South's position changed from opposes to accepts with conditions",
      '  The Alpha plan: score for Feasible now raised from 2 to 3: Talks resumed.',
      '  Sources: now cited: A third document',
      '',
    ]);
  });

  it('compares with a commit as well as a tag, and with what is committed since', async () => {
    const dir = taggedProject();
    edit(dir, OPTION, ['status: stalled', 'status: under-discussion']);
    git(dir, 'commit', '-q', '-am', 'Talks again');
    const first = git(dir, 'rev-list', '--max-parents=0', 'HEAD').trim();
    const { changes } = await changesOf(dir);
    expect(changes).toMatchObject([{ kind: 'status', from: 'stalled', to: 'under-discussion' }]);
    expect((await runCli('-C', dir, 'diff', '--since', first.slice(0, 10))).stdout).toContain('status changed from stalled to under discussion');
  });

  it('refuses a ref that does not exist: a clear error, exit 1, no stack trace', async () => {
    const dir = taggedProject();
    const result = await runCli('-C', dir, 'diff', '--since', 'edition-9');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--since: there is no tag, branch or commit "edition-9" in this repository (git tag lists the tags)');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses a ref that looks like an option to git', async () => {
    const dir = taggedProject();
    const result = await runCli('-C', dir, 'diff', '--since=--output=/tmp/x');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a git tag, branch or commit');
  });

  it('says when the project is not in a git repository', async () => {
    const dir = projectCopy();
    const result = await runCli('-C', dir, 'diff', '--since', 'edition-1');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the project is not in a git repository');
  });

  it('compares with the edition the pack follows when no --since is given, and names the field when it is wrong', async () => {
    const dir = taggedProject();
    edit(dir, PACK, ['date: 2025-06-01', 'date: 2025-07-01\nfollows: edition-1']);
    expect((await runCli('-C', dir, 'diff')).stdout).toBe('sample: nothing changed since edition-1\n');
    edit(dir, PACK, ['follows: edition-1', 'follows: edition-0']);
    const result = await runCli('-C', dir, 'diff');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('options/packs/sample.yaml:3:10 follows: there is no tag, branch or commit "edition-0"');
  });

  it('reports options added and removed, provisions, events and sources', async () => {
    const dir = taggedProject();
    copyFileSync(join(dir, OPTION), join(dir, 'options/beta-plan.yaml'));
    edit(dir, 'options/beta-plan.yaml', ['id: alpha-plan', 'id: beta-plan'], ['title: The Alpha plan', 'title: The Beta plan'], ['kind: mediation-proposal', 'kind: treaty']);
    edit(dir, OPTION, ['  - text: First provision.\n', '  - text: A second provision.\n    sources: [doc-two]\n  - text: First provision.\n'], ['timeline:\n', 'timeline:\n  - date: 2001-01\n    event: A first draft circulates.\n    sources: [doc-two]\n']);
    edit(dir, PACK, ['options: [alpha-plan]', 'options: [alpha-plan, beta-plan]']);
    const { changes } = await changesOf(dir);
    expect(changes.map((c) => [c.kind, c.option?.id ?? null, c.what ?? null])).toEqual([
      ['provision-added', 'alpha-plan', 'A second provision.'],
      ['event-added', 'alpha-plan', 'A first draft circulates.'],
      ['option-added', 'beta-plan', null],
    ]);
    git(dir, 'commit', '-qam', 'Edition 2');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'Beta');
    git(dir, 'tag', 'edition-2');
    edit(dir, PACK, ['options: [alpha-plan, beta-plan]', 'options: [beta-plan]']);
    const removed = (await runCli('-C', dir, 'diff', '--since', 'edition-2', '--json')).stdout;
    expect(JSON.parse(removed).changes.map((c: { kind: string }) => c.kind)).toEqual(['option-removed']);
  });

  it('sees a renamed option as the same option, renamed', async () => {
    const dir = taggedProject();
    git(dir, 'mv', OPTION, 'options/alpha-proposal.yaml');
    edit(dir, 'options/alpha-proposal.yaml', ['id: alpha-plan', 'id: alpha-proposal']);
    edit(dir, PACK, ['options: [alpha-plan]', 'options: [alpha-proposal]']);
    const { changes } = await changesOf(dir);
    expect(changes).toEqual([expect.objectContaining({ kind: 'option-renamed', from: 'alpha-plan', to: 'alpha-proposal' })]);
  });

  it('needs a pack that existed at the ref', async () => {
    const dir = taggedProject();
    git(dir, 'mv', PACK, 'options/packs/renamed.yaml');
    const result = await runCli('-C', dir, 'diff', '--since', 'edition-1');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('there was no pack "renamed" at "edition-1"');
  });

  it('reads a project kept in a folder of a larger repository', async () => {
    const repo = tempDir();
    const dir = join(repo, 'briefs', 'kashmir');
    cpSync(projectCopy(), dir, { recursive: true });
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'Edition 1');
    git(repo, 'tag', 'edition-1');
    edit(dir, OPTION, ['status: stalled', 'status: rejected']);
    expect((await changesOf(dir)).changes).toMatchObject([{ kind: 'status', to: 'rejected' }]);
  });
});
