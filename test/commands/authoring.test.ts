import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { colourWanted } from '../../src/report/colour.js';
import { JSON_SCHEMAS, jsonSchema } from '../../src/schema/json-schemas.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, projectCopy, REPO, tempDir, VALID_PROJECT } from '../helpers/fixtures.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaFor = (name: keyof typeof JSON_SCHEMAS) => ajv.compile(JSON.parse(jsonSchema(name)));
const yamlAt = (path: string) => parse(readFileSync(path, 'utf8'), { version: '1.2' });

describe('brief schema', () => {
  it('writes the schemas the repository carries, generated from the validator, never kept by hand', async () => {
    for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
      expect(readFileSync(join(REPO, 'schema', name), 'utf8'), `${name}: run brief schema`).toBe(jsonSchema(name));
    }
    const out = tempDir();
    expect((await runCli('-C', VALID_PROJECT, 'schema', '--out', out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['option.schema.json', 'pack.schema.json', 'sources.schema.json', 'template.schema.json', 'terms.schema.json', 'translation.schema.json']);
  });

  it('agrees with the validator: valid files are valid, and files the schema rejects are invalid', () => {
    const option = schemaFor('option.schema.json');
    const pack = schemaFor('pack.schema.json');
    const sources = schemaFor('sources.schema.json');
    const translation = schemaFor('translation.schema.json');
    for (const file of readdirSync(join(REPO, 'options')).filter((f) => f.endsWith('.yaml') && f !== 'sources.yaml' && f !== 'terms.yaml')) {
      // `<id>.<lang>.yaml` is a translation of option <id>.
      const check = file.split('.').length === 3 ? translation : option;
      expect(check(yamlAt(join(REPO, 'options', file))), `${file}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
    expect(translation({ title: 'T', kind: 'treaty' })).toBe(false);
    expect(pack(yamlAt(join(REPO, 'options', 'packs', 'kashmir-2025.yaml')))).toBe(true);
    expect(sources(yamlAt(join(REPO, 'options', 'sources.yaml')))).toBe(true);
    expect(option(yamlAt(join(VALID_PROJECT, 'options', 'alpha-plan.yaml')))).toBe(true);

    const invalidOptions = ['bad-enum', 'wrong-type', 'unknown-field', 'option-kind-typo', 'option-title-number', 'option-title-empty', 'option-score-too-big',
      'option-score-fraction', 'option-id-format', 'option-sources-empty', 'option-sources-not-list', 'option-position-missing-text', 'option-period-bad-month', 'option-status-note-too-long'];
    for (const name of invalidOptions) expect(option(yamlAt(join(FIXTURES, 'invalid', name, 'options', 'alpha-plan.yaml'))), name).toBe(false);
    for (const name of ['pack-date-year-only', 'pack-field-typo', 'pack-no-criteria', 'pack-bad-lang', 'pack-missing-bottom-line']) {
      expect(pack(yamlAt(join(FIXTURES, 'invalid', name, 'options', 'packs', 'sample.yaml'))), name).toBe(false);
    }
    for (const name of ['source-missing-kind', 'source-url-not-http', 'source-field-typo', 'sources-not-a-list']) {
      expect(sources(yamlAt(join(FIXTURES, 'invalid', name, 'options', 'sources.yaml'))), name).toBe(false);
    }
  });
});

describe('brief new option', () => {
  it('writes every section for the pack\'s parties and criteria, adds itself to the pack, and is an error until its placeholders are replaced', async () => {
    const dir = projectCopy();
    const made = await runCli('-C', dir, 'new', 'option', 'gamma-plan', '--title', 'The Gamma plan');
    expect(made.code).toBe(0);
    const text = readFileSync(join(dir, 'options', 'gamma-plan.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/option.schema.json');
    for (const section of ['summary', 'provisions', 'timeline', 'positions', 'pros', 'cons', 'disagreements', 'outcome', 'assessment', 'status_note']) {
      expect(text).toMatch(new RegExp(`^${section}:`, 'm'));
    }
    expect(text).toContain('  north:\n');
    expect(text).toMatch(/text: "TODO: what North has said about this option/);
    expect(yamlAt(join(dir, 'options', 'gamma-plan.yaml')).assessment).toEqual({ feasibility: { score: 3, rationale: 'TODO: why this score for "Feasible now", in one line' } });
    expect(yamlAt(join(dir, 'options', 'packs', 'sample.yaml')).options).toEqual(['alpha-plan', 'gamma-plan']);
    const refused = await runCli('-C', dir, 'validate');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/gamma-plan\.yaml:\d+:\d+ pros\[0\]\.text: "TODO: an argument for it": replace the placeholder with your own text$/m);
    expect(refused.stderr).toMatch(/gamma-plan\.yaml:\d+:\d+ pros\[0\]\.sources\[0\]: cites the placeholder source "todo-source"/m);
    expect((await runCli('-C', dir, 'new', 'option', 'gamma-plan')).code).toBe(1);
  });

  it('refuses an id that is not kebab-case', async () => {
    const result = await runCli('-C', projectCopy(), 'new', 'option', 'Gamma Plan');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"Gamma Plan" is not a valid id');
  });
});

describe('machine-readable output', () => {
  it('brief list --json gives every option file, with the sources it cites', async () => {
    const result = await runCli('-C', REPO, 'list', '--json');
    const rows = JSON.parse(result.stdout) as { id: string; sources: number }[];
    // Translations (`<id>.<lang>.yaml`) are not options of their own.
    const files = readdirSync(join(REPO, 'options')).filter((f) => f.endsWith('.yaml') && f !== 'sources.yaml' && f !== 'terms.yaml' && f.split('.').length === 2).map((f) => f.replace('.yaml', ''));
    expect(rows.map((r) => r.id).sort()).toEqual(files.sort());
    expect(rows.find((r) => r.id === 'owen-dixon-plan')?.sources).toBe(11);
  });

  it('brief list prints a table with a sources column', async () => {
    const result = await runCli('-C', VALID_PROJECT, 'list');
    expect(result.stdout.split('\n')[0]).toMatch(/^ID\s+TITLE\s+PERIOD\s+STATUS\s+SOURCES$/);
    expect(result.stdout.split('\n')[1]).toMatch(/^alpha-plan\s+The Alpha plan\s+February 2001 – 2002\s+Stalled\s+2$/);
  });

  it('brief validate --json lists the same problems as the text', async () => {
    const dir = projectCopy(join(FIXTURES, 'invalid', 'option-sources-not-list'));
    const text = await runCli('-C', dir, 'validate');
    const json = JSON.parse((await runCli('-C', dir, 'validate', '--json')).stdout) as { problems: { line: number; column: number; field: string; message: string }[] };
    const lines = text.stderr.trim().split('\n').slice(0, -1);
    expect(json.problems.map((p) => `${p.line}:${p.column} ${p.field}: ${p.message}`)).toEqual(lines.map((l) => l.replace(/^\S+?\.yaml:/, '')));
  });
});

describe('brief doctor', () => {
  it('passes on a machine that can build, each line marked ok', async () => {
    const result = await runCli('-C', VALID_PROJECT, 'doctor');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.every((l) => l.startsWith('ok '))).toBe(true);
    expect(lines[0]).toMatch(/^ok {3}node 20\./);
    expect(lines[1]).toMatch(/^ok {3}browser \S+ \(Chromium [\d.]+.*\); printed a test page in \d+ ms$/);
    expect(result.stdout).toContain('template set minister');
  });

  it('fails with exit 2 when the browser it is told to use does not exist', async () => {
    const result = await runCli('-C', VALID_PROJECT, 'doctor', '--browser', '/nowhere/chromium');
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^not {2}browser: --browser names "\/nowhere\/chromium"/m);
  });

  it('fails with exit 1 when the project does not validate', async () => {
    const result = await runCli('-C', projectCopy(join(FIXTURES, 'invalid', 'bad-enum')), 'doctor');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^not {2}project .*1 error, /m);
  });
});

describe('progress and colour', () => {
  it('shows progress only on a terminal, and nothing but problems with --quiet', async () => {
    const dir = projectCopy();
    let status = '';
    let out = '';
    const { run } = await import('../../src/cli.js');
    const io = { out: (t: string) => void (out += t), err: () => undefined, tty: true, colour: false, status: (t: string) => void (status += t) };
    expect(await run(['-C', dir, 'build', '--format', 'html', '--out', tempDir()], io)).toBe(0);
    expect(status).toContain('checking the options, sources and packs...');
    expect(status).toContain('rendering 1 brief...');
    expect(out).toContain('wrote ');
    status = '';
    out = '';
    expect(await run(['-C', dir, 'build', '--format', 'html', '--quiet', '--out', tempDir()], io)).toBe(0);
    expect(status).toBe('');
    expect(out).toBe('');
  });

  it('colours by NO_COLOR and FORCE_COLOR, and otherwise only on a terminal', () => {
    expect(colourWanted({ isTTY: true }, {})).toBe(true);
    expect(colourWanted({ isTTY: false }, {})).toBe(false);
    expect(colourWanted({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourWanted({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(true);
  });
});

describe('the Node API', () => {
  it('is importable by the package name, typed, and runs the same pipeline', async () => {
    const api = await import('options-brief');
    const dir = projectCopy();
    const { problems } = await api.validate(dir);
    expect(problems).toEqual([]);
    const model = await api.loadPack('sample', { root: dir });
    expect(model.options.map((o) => o.id)).toEqual(['alpha-plan']);
    const out = tempDir();
    const result = await api.build({ root: dir, formats: ['html'], out });
    expect(result.written).toEqual([join(out, 'sample', 'analyst.html')]);
    await expect(api.loadPack('nope', { root: dir })).rejects.toBeInstanceOf(api.InputError);
  });
});

