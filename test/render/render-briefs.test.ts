import Handlebars from 'handlebars';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Format } from '../../src/core/output-paths.js';
import { selectBriefs } from '../../src/model/select-briefs.js';
import { createRenderCache } from '../../src/render/render-cache.js';
import { BUILT_IN_TEMPLATES, templateDirs } from '../../src/templates/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { InputError } from '../../src/core/errors.js';
import { formatProblem } from '../../src/report/format-problem.js';
import { projectCopy, VALID_PROJECT, REPO } from '../helpers/fixtures.js';
import { bodyOf, renderHtml, renderJobs, TEST_TEMPLATES, textOf } from '../helpers/render.js';

async function inputErrorLines(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  const prefixes = [`${TEST_TEMPLATES}/`, `${relative(process.cwd(), TEST_TEMPLATES)}/`];
  return (error as InputError).problems.map(formatProblem).map((l) => prefixes.reduce((line, p) => line.replace(p, ''), l));
}

describe('rendering the analyst set', () => {
  it('renders the fixture pack to the expected HTML', async () => {
    const html = await renderHtml(VALID_PROJECT, 'analyst');
    await expect(bodyOf(html)).toMatchFileSnapshot('__snapshots__/sample-analyst.body.html');
  });

  it('makes a self-contained page: fonts inlined, nothing loaded, nothing run', async () => {
    const html = await renderHtml(VALID_PROJECT, 'analyst');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).toMatch(/@font-face \{[^}]*src: url\("data:font\/woff2;base64,/);
    expect(html).not.toMatch(/<script|<link|<iframe|@import/i);
    expect(html).not.toMatch(/(src|url)\(?\s*=?\s*["']?(https?:|file:|\/\/)/i);
    expect(html).toContain('@page { size: A4 portrait;');
  });

  it('numbers sources by first use and links every citation to its entry', async () => {
    const body = bodyOf(await renderHtml(VALID_PROJECT, 'analyst'));
    // The summary, printed first, cites doc-one; the context then cites doc-two.
    expect(body).toMatch(/<li id="source-1" value="1">A\. Author\. “First Document\.” 3 February 2001\. X\/1\. Example Press\. Accessed 1 January 2025\. <a href="https:\/\/example\.org\/doc-one">/);
    expect(body).toMatch(/<li id="source-2" value="2"><i>Second Document<\/i>\. 2002\./);
    const cited = [...body.matchAll(/href="#(source-\d+)"/g)].map((m) => m[1]);
    for (const anchor of new Set(cited)) expect(body).toContain(`id="${anchor}"`);
  });

  it('shows every option title of the real sample pack', async () => {
    const body = bodyOf(await renderHtml(REPO, 'analyst'));
    const { project } = await validateRoot(REPO, [BUILT_IN_TEMPLATES]);
    const titles = project.packs.get('kashmir-2025')!.data.options.map((id) => project.options.get(id)!.data.title);
    expect(titles.length).toBeGreaterThanOrEqual(2);
    for (const title of titles) expect(textOf(body)).toContain(title);
  });

  it('leaves no helper or partial registered on the global Handlebars', async () => {
    await renderHtml(VALID_PROJECT, 'analyst');
    expect(Handlebars.helpers).not.toHaveProperty('markdown');
    expect(Handlebars.partials).not.toHaveProperty('cover');
  });
});

describe('the minister and handout sets', () => {
  it('number their own sources from 1, in the order each brief cites them', async () => {
    const minister = bodyOf(await renderHtml(REPO, 'minister'));
    // The decision sought comes first and cites the report of Pakistan's Foreign Office briefing first;
    // the bottom line, next, cites it again under the same number.
    expect(minister).toMatch(/<section class="decision"[^]*?href="#source-1">1<\/a>[^]*?<section class="bottom-line"[^]*?href="#source-1">1<\/a>/);
    expect(minister).toMatch(/<li id="source-1" value="1"><cite>Ahead of Asim Munir’s visit to US, Pakistan issues BIG statement on Kashmir issue: .*<\/cite>\. DNA India \(2025\)\./);
    const numbers = [...minister.matchAll(/<li id="source-(\d+)"/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('give the minister each option\'s first argument either way and its status line', async () => {
    const { project } = await validateRoot(REPO, [BUILT_IN_TEMPLATES]);
    const minister = textOf(bodyOf(await renderHtml(REPO, 'minister')));
    const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const id of project.packs.get('kashmir-2025')!.data.options) {
      const option = project.options.get(id)!.data;
      expect(minister).toContain(fold(option.status_note));
      expect(minister).toContain(fold(option.pros[0]!.text));
      expect(minister).toContain(fold(option.cons[0]!.text));
    }
  });
});

describe('rendering for some formats only', () => {
  it('skips the briefs of sets that print nothing in those formats', async () => {
    const dirs = templateDirs(REPO);
    const { project } = await validateRoot(REPO, dirs);
    const jobs = selectBriefs(project, ['kashmir-2025'], []);
    const audiences = async (formats?: Format[]) => [...new Set((await renderJobs(project, jobs, dirs, { formats })).map((b) => b.audience))];
    // The handout set prints PDFs only.
    expect(await audiences(['html'])).toEqual(['analyst', 'minister']);
    expect(await audiences(['pdf'])).toEqual(['analyst', 'minister', 'handout']);
    expect(await audiences()).toEqual(['analyst', 'minister', 'handout']);
  });
});

describe('template sets that build on another', () => {
  it('overrides one partial and keeps everything else from the base', async () => {
    const base = bodyOf(await renderHtml(VALID_PROJECT, 'analyst'));
    const custom = bodyOf(await renderHtml(VALID_PROJECT, 'custom-cover', [TEST_TEMPLATES]));
    expect(custom).toContain('CUSTOM COVER: A sample pack');
    const afterCover = (html: string) => html.slice(html.indexOf('</header>'));
    expect(afterCover(custom)).toBe(afterCover(base));
  });

  it('a cover that reads the sources list before any citation gets it numbered as the whole brief cites them', async () => {
    const dir = projectCopy();
    mkdirSync(join(dir, 'templates', 'counted', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'counted', 'template.yaml'), 'name: counted\ndescription: An analyst set whose cover counts its sources.\nbase: analyst\n');
    writeFileSync(
      join(dir, 'templates', 'counted', 'partials', 'cover.hbs'),
      '<header class="cover">{{sources.length}} sources:{{#each sources}} {{number}}={{id}}{{/each}}</header>\n',
    );
    const base = bodyOf(await renderHtml(dir, 'analyst'));
    const counted = bodyOf(await renderHtml(dir, 'counted'));
    const listed = [...base.matchAll(/<li id="source-(\d+)"/g)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(counted).toMatch(new RegExp(`<header class="cover">${listed.length} sources: 1=doc-one 2=doc-two[^<]*</header>`));
    const afterCover = (html: string) => html.slice(html.indexOf('</header>'));
    expect(afterCover(counted)).toBe(afterCover(base));
  });
});

describe('rendering again with a cache, as a watch session does', () => {
  it('gives the same HTML, and follows every change to a partial, a stylesheet or a file it inlines', async () => {
    const dir = projectCopy();
    const set = join(dir, 'templates', 'desk');
    mkdirSync(join(set, 'partials'), { recursive: true });
    writeFileSync(join(set, 'template.yaml'), 'name: desk\ndescription: An analyst set with its own cover.\nbase: analyst\n');
    writeFileSync(join(set, 'partials', 'cover.hbs'), '<header class="cover"><h1>{{pack.title}}</h1><p>first cover</p></header>\n');
    writeFileSync(join(set, 'style.css'), '.cover { background: url("mark.svg"); }\n');
    writeFileSync(join(set, 'mark.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
    const dirs = templateDirs(dir);
    const { project } = await validateRoot(dir, dirs);
    const jobs = selectBriefs(project, [], ['desk']);
    const cache = createRenderCache();
    // Each call loads the set's files again, as a rebuild after a save does.
    const render = async () => (await renderJobs(project, jobs, dirs, { cache }))[0]!.html;

    // Each compiled set has a Handlebars instance of its own: counting them counts compilations.
    const compiles = vi.spyOn(Handlebars, 'create');
    const first = await render();
    expect(compiles).toHaveBeenCalledTimes(1);
    expect(await render()).toBe(first);
    expect(compiles).toHaveBeenCalledTimes(1);
    expect(first).toBe((await renderJobs(project, jobs, dirs))[0]!.html);
    compiles.mockClear();

    writeFileSync(join(set, 'partials', 'cover.hbs'), '<header class="cover"><h1>{{pack.title}}</h1><p>second cover</p></header>\n');
    expect(await render()).toContain('<p>second cover</p>');
    expect(compiles).toHaveBeenCalledTimes(1);
    writeFileSync(join(set, 'style.css'), '.cover { background: url("mark.svg"); color: #123456; }\n');
    expect(await render()).toContain('color: #123456;');
    const before = await render();
    writeFileSync(join(set, 'mark.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>');
    // A later modification time, as a save a moment later would give it.
    utimesSync(join(set, 'mark.svg'), new Date(), new Date(Date.now() + 5000));
    const after = await render();
    expect(after).not.toBe(before);
    expect(after).toContain(`data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>').toString('base64')}`);
    compiles.mockRestore();
  });
});

describe('images', () => {
  it('inlines an image under options/ as a data URI', async () => {
    const dir = projectCopy();
    mkdirSync(join(dir, 'options', 'assets'));
    // A 1x1 PNG.
    writeFileSync(join(dir, 'options', 'assets', 'dot.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
    const option = join(dir, 'options', 'alpha-plan.yaml');
    writeFileSync(option, readFileSync(option, 'utf8').replace('an inline citation [@doc-one].', 'an inline citation [@doc-one]. ![A dot](assets/dot.png)'));
    expect(bodyOf(await renderHtml(dir, 'analyst'))).toContain('<img src="data:image/png;base64,iVBORw0KGgo');
  });
});

describe('the project\'s own sets', () => {
  it('take precedence over built-in sets of the same name, and can build on them', async () => {
    const dir = projectCopy();
    mkdirSync(join(dir, 'templates', 'analyst', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'analyst', 'template.yaml'), 'name: analyst\ndescription: Our analyst brief.\nbase: analyst\n');
    writeFileSync(join(dir, 'templates', 'analyst', 'partials', 'cover.hbs'), '<header class="cover">OUR COVER</header>\n');
    const body = bodyOf(await renderHtml(dir, 'analyst'));
    expect(body).toContain('<header class="cover">OUR COVER</header>');
    expect(body).toContain('<section class="chapter comparison" id="comparison">');
  });
});

describe('template mistakes are input errors naming the file and line', () => {
  it('a misspelt field', async () => {
    expect(await inputErrorLines(renderHtml(VALID_PROJECT, 'misspelt', [TEST_TEMPLATES]))).toEqual([
      'misspelt/partials/cover.hbs:3:8: template: "titel" is not a field here (did you mean "title"?) (templates run in strict mode: check the spelling; brief template fields lists them all)',
    ]);
  });

  it('a helper that does not exist, with the nearest one', async () => {
    expect(await inputErrorLines(renderHtml(VALID_PROJECT, 'unknown-helper', [TEST_TEMPLATES]))).toEqual([
      'unknown-helper/partials/cover.hbs:3:8: template: "dat" is not a field here (did you mean "date"?) (templates run in strict mode: check the spelling; brief template fields lists them all)',
    ]);
  });

  it('a source id the registry lacks, cited by a helper: exit 1 at the call, not an internal error', async () => {
    expect(await inputErrorLines(renderHtml(VALID_PROJECT, 'cite-unknown-source', [TEST_TEMPLATES]))).toEqual([
      'cite-unknown-source/partials/cover.hbs:3:15: template: {{cite}}: no source "doc-tow" in options/sources.yaml (did you mean "doc-two"?)',
    ]);
  });

  it('a helper given the wrong kind of value', async () => {
    const [line] = await inputErrorLines(renderHtml(VALID_PROJECT, 'odd-helper-args', [TEST_TEMPLATES]));
    expect(line).toMatch(/^odd-helper-args\/partials\/cover\.hbs:3:6: template: \{\{period\}\}: /);
  });

  it('a block that is never closed', async () => {
    const [line] = await inputErrorLines(renderHtml(VALID_PROJECT, 'broken-syntax', [TEST_TEMPLATES]));
    expect(line).toMatch(/^broken-syntax\/partials\/cover\.hbs:\d+:1: template: /);
  });

  it('a partial that does not exist', async () => {
    expect(await inputErrorLines(renderHtml(VALID_PROJECT, 'missing-partial', [TEST_TEMPLATES]))).toEqual([
      'missing-partial/layout.hbs:3:7: template: no partial "no-such-partial" in this set or its bases',
    ]);
  });

  it('sets whose bases form a cycle', async () => {
    const [line] = await inputErrorLines(renderHtml(VALID_PROJECT, 'cycle-a', [TEST_TEMPLATES]));
    expect(line).toContain('template sets form a cycle: cycle-a -> cycle-b -> cycle-a');
  });

  it('CSS that refers to a remote file', async () => {
    expect(await inputErrorLines(renderHtml(VALID_PROJECT, 'remote-css', [TEST_TEMPLATES]))).toEqual([
      'remote-css/style.css:2:35: "https://fonts.example.com/x.woff2" is not allowed: CSS may only refer to files inside its template set (the brief must print offline)',
    ]);
  });
});
