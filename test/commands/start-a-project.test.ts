import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, projectCopy, tempDir, VALID_PROJECT } from '../helpers/fixtures.js';

const yamlAt = (path: string) => parse(readFileSync(path, 'utf8'), { version: '1.2' });

/** Replaces every scaffold placeholder in a file: TODO texts with `text`, the placeholder source with `source`. */
function fillIn(path: string, text: string, source: string) {
  const filled = readFileSync(path, 'utf8')
    .replace(/"TODO: (?:[^"\\\n]|\\.)*"/g, JSON.stringify(text))
    .replace(/TODO: [^\n]*(\n {2}[^\n]*)*/g, `${text} [@${source}]`)
    .replaceAll('todo-source', source);
  writeFileSync(path, filled);
}

describe('brief init', () => {
  it('starts a project in an empty folder that validates and builds every audience of its pack at once', async () => {
    const dir = tempDir();
    const made = await runCli('init', dir);
    expect(made.code).toBe(0);
    for (const file of ['options/sources.yaml', 'options/packs/beagle-channel.yaml', 'options/treaty-of-peace-1984.yaml', '.gitignore', 'schema/option.schema.json']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    expect(readFileSync(join(dir, 'options', 'packs', 'beagle-channel.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schema\/pack\.schema\.json$/m);
    expect(await runCli('-C', dir, 'validate')).toMatchObject({ code: 0, stderr: 'brief: all files valid\n' });
    const built = await runCli('-C', dir, 'build', '--format', 'html');
    expect(built.code).toBe(0);
    expect(yamlAt(join(dir, 'options', 'packs', 'beagle-channel.yaml')).audiences).toEqual(['analyst', 'minister', 'handout']);
    for (const file of ['analyst.html', 'minister.html']) expect(existsSync(join(dir, 'output', 'beagle-channel', file)), file).toBe(true);
  });

  it('refuses a folder that already holds a project', async () => {
    const result = await runCli('init', projectCopy());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/options: already exists: this folder holds a project/);
  });

  it('takes a second option that is refused until its placeholders are replaced, and then builds', async () => {
    const dir = tempDir();
    await runCli('init', dir);
    expect((await runCli('-C', dir, 'new', 'option', 'papal-proposal-1980')).code).toBe(0);
    const refused = await runCli('-C', dir, 'build', '--format', 'html');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing was written');
    expect(refused.stderr).toMatch(/papal-proposal-1980\.yaml:\d+:\d+ assessment\.durability\.rationale: "TODO: /);
    fillIn(join(dir, 'options', 'papal-proposal-1980.yaml'), 'Filled in.', 'treaty-1984');
    const built = await runCli('-C', dir, 'build', '--format', 'html');
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(readFileSync(join(dir, 'output', 'beagle-channel', 'analyst.html'), 'utf8')).toContain('Papal proposal 1980');
  });
});

describe('brief new pack and new source', () => {
  it('writes a pack whose placeholders are errors at their line', async () => {
    const dir = projectCopy();
    expect((await runCli('-C', dir, 'new', 'pack', 'second', '--title', 'A second pack')).code).toBe(0);
    expect(yamlAt(join(dir, 'options', 'packs', 'second.yaml')).title).toBe('A second pack');
    const result = await runCli('-C', dir, 'validate', join(dir, 'options', 'packs', 'second.yaml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/second\.yaml:\d+:\d+ parties\[0\]\.label: "TODO: the first party's name": replace the placeholder/);
    expect((await runCli('-C', dir, 'new', 'pack', 'second')).code).toBe(1);
  });

  it('adds a source to the registry, kept as it was around it', async () => {
    const dir = projectCopy();
    const before = readFileSync(join(dir, 'options', 'sources.yaml'), 'utf8');
    expect((await runCli('-C', dir, 'new', 'source', 'doc-three', '--title', 'Third Document', '--url', 'https://example.org/3')).code).toBe(0);
    const after = readFileSync(join(dir, 'options', 'sources.yaml'), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    const entry = (yamlAt(join(dir, 'options', 'sources.yaml')).sources as { id: string }[]).at(-1);
    expect(entry).toMatchObject({ id: 'doc-three', title: 'Third Document', url: 'https://example.org/3', kind: 'other' });
    expect((await runCli('-C', dir, 'new', 'source', 'doc-three')).stderr).toContain('already has a source "doc-three"');
  });
});

describe('brief validate PATH...', () => {
  it('checks a file outside the project against the project, and only that file', async () => {
    const outside = join(tempDir(), 'draft.yaml');
    writeFileSync(outside, readFileSync(join(FIXTURES, 'invalid', 'bad-enum', 'options', 'alpha-plan.yaml')));
    const result = await runCli('-C', VALID_PROJECT, 'validate', outside);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/draft\.yaml:\d+:\d+ status: /);
    expect(result.stderr).not.toMatch(/alpha-plan/);
  });

  it('names a missing path and exits 1', async () => {
    const result = await runCli('-C', VALID_PROJECT, 'validate', '/does/not/exist.yaml');
    expect(result).toMatchObject({ code: 1, stderr: '/does/not/exist.yaml: no such file or folder\nbrief: 1 problem found\n' });
  });

  it('checks a file of another project against that project', async () => {
    const other = projectCopy(join(FIXTURES, 'invalid', 'bad-enum'));
    const result = await runCli('-C', VALID_PROJECT, 'validate', join(other, 'options', 'alpha-plan.yaml'));
    expect(result.code).toBe(1);
    expect((await runCli('-C', VALID_PROJECT, 'validate', '-q', join(VALID_PROJECT, 'options', 'alpha-plan.yaml')))).toMatchObject({ code: 0, stderr: '' });
  });
});
