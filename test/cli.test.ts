import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, projectCopy, relativeLines, tempDir, VALID_PROJECT } from './helpers/fixtures.js';
import { runCli, STACK_TRACE } from './helpers/cli.js';

describe('brief validate', () => {
  it('exits 0 on a valid project', async () => {
    const result = await runCli('-C', VALID_PROJECT, 'validate');
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe('brief: all files valid\n');
  });

  it('exits 1 with one file:line:col line per problem, and no stack trace', async () => {
    const dir = projectCopy(join(FIXTURES, 'invalid', 'unknown-source'));
    const result = await runCli('-C', dir, 'validate');
    expect(result.code).toBe(1);
    expect(relativeLines(result.stderr.trimEnd().split('\n'), dir)).toEqual([
      'options/alpha-plan.yaml:27:15 positions.south.sources[0]: unknown source "doc-tow" (did you mean "doc-two"?)',
      'brief: 1 problem found',
    ]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('reports only on the files named', async () => {
    const dir = projectCopy(join(FIXTURES, 'invalid', 'unknown-source'));
    const result = await runCli('-C', dir, 'validate', join(dir, 'options', 'sources.yaml'));
    expect(result.code).toBe(0);
  });

  it('prints problems as JSON with --json', async () => {
    const dir = projectCopy(join(FIXTURES, 'invalid', 'bad-enum'));
    const result = await runCli('-C', dir, 'validate', '--json');
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout) as { ok: boolean; problems: { line: number; column: number; field: string }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 9, column: 9, field: 'status', severity: 'error' })]);
  });
});

describe('brief build', () => {
  it('exits 0 and writes output/<pack>/<audience>.html', async () => {
    const dir = projectCopy();
    const result = await runCli('-C', dir, 'build', '--format', 'html');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote .*output\/sample\/analyst\.html\n/);
    expect(readdirSync(join(dir, 'output', 'sample')).sort()).toEqual(['.brief-manifest.json', '.brief-snapshot.json', 'analyst.html']);
  });

  it('exits 1 on invalid input and writes nothing', async () => {
    const dir = projectCopy(join(FIXTURES, 'invalid', 'wrong-type'));
    const result = await runCli('-C', dir, 'build');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('proposed_by: expected a list, found text "A mediator"');
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(join(dir, 'output'))).toBe(false);
  });

  it('exits 1 for a pack that does not exist, suggesting the near one', async () => {
    const result = await runCli('-C', VALID_PROJECT, 'build', 'sampel', '--out', tempDir());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no pack "sampel" (did you mean "sample"?)');
  });

  it('exits 2 when the browser named cannot be found, says how to get one, and writes nothing', async () => {
    const out = tempDir();
    const result = await runCli('-C', VALID_PROJECT, 'build', '--out', out, '--browser', '/nowhere/chromium');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('brief: --browser names "/nowhere/chromium", which is not an executable browser');
    expect(result.stderr).toContain('apt-get install -y --no-install-recommends chromium');
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 1 for an unknown format', async () => {
    const result = await runCli('-C', VALID_PROJECT, 'build', '--format', 'html,odt');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown format "odt": use html, pdf, docx or several');
  });
});

describe('brief build --paper', () => {
  it('prints on the paper asked for', async () => {
    const out = tempDir();
    expect((await runCli('-C', VALID_PROJECT, 'build', '--format', 'pdf', '--paper', 'Letter', '--out', out)).code).toBe(0);
    const pdf = await PDFDocument.load(readFileSync(join(out, 'sample', 'analyst.pdf')));
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([612, 792]);
  });
});

describe('brief build and page limits', () => {
  const cramped = ['--audience', 'cramped-handout', '--templates', join(FIXTURES, 'templates')];

  it('fails a brief over its set\'s page limit, naming the option, and writes nothing', async () => {
    const out = tempDir();
    const result = await runCli('-C', VALID_PROJECT, 'build', ...cramped, '--out', out);
    expect(result.code).toBe(1);
    expect(relativeLines(result.stderr.trimEnd().split('\n'), process.cwd())).toEqual([
      'test/fixtures/project/options/packs/sample.yaml:16:11 options[0]: the cramped-handout brief of option "alpha-plan" prints on 2 pages; the set allows 1 (1 page over): shorten the option (its summary, arguments and positions fill the page) or use a set with more room; or build with --allow-overflow to print it over the limit, with a warning',
      'brief: 1 problem found; nothing was written',
    ]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('writes it with a warning under --allow-overflow', async () => {
    const out = tempDir();
    const result = await runCli('-C', VALID_PROJECT, 'build', ...cramped, '--out', out, '--allow-overflow');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: the cramped-handout brief of option "alpha-plan" prints on 2 pages');
    expect(readdirSync(join(out, 'sample')).sort()).toEqual(['.brief-manifest.json', '.brief-snapshot.json', 'cramped-handout', 'cramped-handout.html', 'cramped-handout.pdf']);
  });
});

describe('the command line itself', () => {
  it('exits 1 for an unknown command or option', async () => {
    expect((await runCli('bulid')).code).toBe(1);
    expect((await runCli('build', '--colour')).code).toBe(1);
  });

  it('exits 0 for --help and --version', async () => {
    const help = await runCli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('build [options] [pack...]');
    const version = await runCli('--version');
    expect(version).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });

  it('lists the options', async () => {
    const result = await runCli('-C', VALID_PROJECT, 'list', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([{ id: 'alpha-plan', title: 'The Alpha plan', period: 'February 2001 – 2002', status: 'stalled', sources: 2 }]);
  });
});
