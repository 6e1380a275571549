import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../helpers/cli.js';
import { projectCopy, relativeLines, tempDir } from '../helpers/fixtures.js';

const SECRET = 'secret-marker-7f3a';

/** A file outside the project holding a secret, named `name`. */
function outsideFile(name: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, name.endsWith('.svg') ? `<svg xmlns="http://www.w3.org/2000/svg"><text>${SECRET}</text></svg>` : `${SECRET}\n`);
  return path;
}

/** The fixture project with `![x](<href>)` in the option's summary. */
function withImage(href: string): string {
  const dir = projectCopy();
  const option = join(dir, 'options', 'alpha-plan.yaml');
  writeFileSync(option, readFileSync(option, 'utf8').replace('A plan with **bold** text', `A plan ![x](${href}) with **bold** text`));
  return dir;
}

/** A set `probe` in the project, built on `analyst`. */
function probeSet(dir: string): string {
  const set = join(dir, 'templates', 'probe');
  mkdirSync(join(set, 'partials'), { recursive: true });
  writeFileSync(join(set, 'template.yaml'), 'name: probe\ndescription: A probe.\nbase: analyst\n');
  return set;
}

/** Builds the HTML; returns the CLI's result, its problem lines and every file in the output folder. */
async function buildHtml(dir: string, ...args: string[]) {
  const result = await runCli('-C', dir, 'build', '--format', 'html', ...args);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  const out = join(dir, 'output');
  const written = existsSync(out) ? readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
  return { ...result, lines: relativeLines(result.stderr.trimEnd().split('\n'), dir), written };
}

describe('a link out of the project is refused, whatever reads it', () => {
  it('a Markdown image that is a symlink to a file outside', async () => {
    const dir = withImage('pic.svg');
    symlinkSync(outsideFile('secret.svg'), join(dir, 'options', 'pic.svg'));
    const { code, lines, written } = await buildHtml(dir);
    expect(code).toBe(1);
    expect(lines[0]).toBe('options/alpha-plan.yaml:11:15 summary: image "pic.svg" leads outside the project (through a link): only files inside it are read');
    expect(written).toEqual([]);
  });

  it('an images folder that is a symlink to a folder outside', async () => {
    const dir = withImage('img/secret.svg');
    symlinkSync(dirname(outsideFile('secret.svg')), join(dir, 'options', 'img'));
    const { code, lines } = await buildHtml(dir);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^options\/alpha-plan\.yaml:11:15 summary: image "img\/secret\.svg" leads outside the project/);
  });

  it('a link that stays inside the project is followed', async () => {
    const dir = withImage('pic.svg');
    mkdirSync(join(dir, 'options', 'art'));
    writeFileSync(join(dir, 'options', 'art', 'real.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><text>inside</text></svg>');
    symlinkSync(join('art', 'real.svg'), join(dir, 'options', 'pic.svg'));
    const { code, stderr } = await buildHtml(dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const html = readFileSync(join(dir, 'output', 'sample', 'analyst.html'), 'utf8');
    expect(html).toContain(`data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><text>inside</text></svg>').toString('base64')}`);
  });

  it('a partial, layout or style of a template set', async () => {
    for (const file of ['partials/cover.hbs', 'layout.hbs', 'style.css']) {
      const dir = projectCopy();
      symlinkSync(outsideFile('passwd'), join(probeSet(dir), file));
      const { code, lines, written } = await buildHtml(dir, '--audience', 'probe');
      expect(code, file).toBe(1);
      expect(lines[0]).toBe(`templates/probe/${file}:1:1: the file leads outside the project (through a link): only files inside it are read`);
      expect(written).toEqual([]);
    }
  });

  it('a file a CSS url() names', async () => {
    const dir = projectCopy();
    const set = probeSet(dir);
    symlinkSync(outsideFile('id_rsa.svg'), join(set, 'bg.svg'));
    writeFileSync(join(set, 'style.css'), 'body {\n  background: url("bg.svg");\n}\n');
    const { code, lines } = await buildHtml(dir, '--audience', 'probe');
    expect(code).toBe(1);
    expect(lines[0]).toBe('templates/probe/style.css:2:15: file "bg.svg" leads outside the project (through a link): only files inside it are read');
  });

  it('an option file that is a link out is named, rather than skipped as an unknown option', async () => {
    const dir = projectCopy();
    const option = join(dir, 'options', 'alpha-plan.yaml');
    const away = join(tempDir(), 'alpha-plan.yaml');
    renameSync(option, away);
    symlinkSync(away, option);
    const { code, lines } = await buildHtml(dir);
    expect(code).toBe(1);
    expect(lines).toContain('options/alpha-plan.yaml:1:1: the file leads outside the project (through a link): only files inside it are read');
    expect(lines.join('\n')).not.toMatch(/unknown option/);
  });
});

describe('only regular files within the size limit are read', () => {
  it('a source registry that is a FIFO is refused at once rather than waited on', async () => {
    const dir = projectCopy();
    const registry = join(dir, 'options', 'sources.yaml');
    renameSync(registry, join(dir, 'sources.bak'));
    execFileSync('mkfifo', [registry]);
    const { code, stderr } = await runCli('-C', dir, 'validate');
    expect(code).toBe(1);
    expect(relativeLines(stderr.split('\n'), dir)[0]).toBe('options/sources.yaml:1:1: the file is not a regular file (a folder, pipe or device): only files are read');
  });

  it('a source registry that is a link to /dev/zero is refused, not read without end', async () => {
    const dir = projectCopy();
    const registry = join(dir, 'options', 'sources.yaml');
    renameSync(registry, join(dir, 'sources.bak'));
    symlinkSync('/dev/zero', registry);
    const { code, stderr } = await runCli('-C', dir, 'validate');
    expect(code).toBe(1);
    expect(relativeLines(stderr.split('\n'), dir)[0]).toBe('options/sources.yaml:1:1: the file leads outside the project (through a link): only files inside it are read');
  });

  it('a template file over the size limit', async () => {
    const dir = projectCopy();
    writeFileSync(join(probeSet(dir), 'partials', 'cover.hbs'), `<p>${'x'.repeat(3 * 1024 * 1024)}</p>`);
    const { code, lines } = await buildHtml(dir, '--audience', 'probe');
    expect(code).toBe(1);
    expect(lines[0]).toBe('templates/probe/partials/cover.hbs:1:1: the file is 3.0 MB; the limit is 2.0 MB');
  });
});

describe('ids are safe names whatever the file is called', () => {
  it('a pack file named "...yaml" is refused rather than writing into the output folder\'s parent', async () => {
    const dir = projectCopy();
    renameSync(join(dir, 'options', 'packs', 'sample.yaml'), join(dir, 'options', 'packs', '...yaml'));
    const out = join(dir, 'deep', 'out');
    const { code, lines } = await buildHtml(dir, '--out', out);
    expect(code).toBe(1);
    expect(lines[0]).toBe('options/packs/...yaml:1:1: the file name ".." cannot be an id: rename the file in kebab-case (lower-case letters, digits and single hyphens), e.g. "my-file.yaml"');
    expect(existsSync(join(dir, 'deep'))).toBe(false);
  });
});

describe('template CSS is read as a browser reads it', () => {
  const cases: Record<string, string> = {
    'URL( in capitals': 'body { background: URL("https://example.invalid/a.png"); }',
    'an escaped url(': 'body { background: u\\72 l(https://example.invalid/a.png); }',
    'image-set( with a string': 'body { background: image-set("https://example.invalid/a.png" 1x); }',
    '-webkit-IMAGE-SET(': "body { background: -webkit-IMAGE-SET('https://example.invalid/a.png' 1x); }",
    '@IMPORT in capitals': '@IMPORT "https://example.invalid/a.css";',
    'an escaped @import': '@\\69mport "https://example.invalid/a.css";',
  };
  for (const [name, css] of Object.entries(cases)) {
    it(`refuses ${name}, with its position`, async () => {
      const dir = projectCopy();
      writeFileSync(join(probeSet(dir), 'style.css'), `/* probe */\n${css}\n`);
      const { code, lines, written } = await buildHtml(dir, '--audience', 'probe');
      expect(code).toBe(1);
      expect(lines[0]).toMatch(/^templates\/probe\/style\.css:2:\d+: /);
      expect(written).toEqual([]);
    });
  }
});
