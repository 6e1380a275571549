import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { formatProblem } from '../../src/report/format-problem.js';
import { templateDirs } from '../../src/templates/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { projectCopy, relativeLines } from '../helpers/fixtures.js';
import { bodyOf, renderHtml, textOf } from '../helpers/render.js';

/** A copy of the fixture project with a set `worded` on the analyst set, with `messages` and an optional cover. */
function project(setYaml: string, packYaml = '', cover?: string): string {
  const dir = projectCopy();
  const set = join(dir, 'templates', 'worded');
  mkdirSync(join(set, 'partials'), { recursive: true });
  writeFileSync(join(set, 'template.yaml'), `name: worded\ndescription: The analyst set in other words.\nbase: analyst\n${setYaml}`);
  if (cover !== undefined) writeFileSync(join(set, 'partials', 'cover.hbs'), cover);
  if (packYaml) appendFileSync(join(dir, 'options', 'packs', 'sample.yaml'), packYaml);
  return dir;
}

async function problemLines(dir: string): Promise<string[]> {
  const error = await renderHtml(dir, 'worded').then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return relativeLines((error as InputError).problems.map(formatProblem), dir);
}

describe('a pack or template set in its own words', () => {
  it('replaces a label through the set, and the pack over the set', async () => {
    const setOnly = textOf(bodyOf(await renderHtml(project('messages:\n  en:\n    sources.heading: Bibliography\n    contents.heading: In this brief\n'), 'worded')));
    expect(setOnly).toContain('Bibliography');
    expect(setOnly).toContain('In this brief');
    expect(setOnly).not.toMatch(/\bSources\b/);

    const both = textOf(
      bodyOf(await renderHtml(project('messages:\n  en:\n    sources.heading: Bibliography\n', 'messages:\n  sources.heading: Works cited\n'), 'worded')),
    );
    expect(both).toContain('Works cited');
    expect(both).not.toContain('Bibliography');
  });

  it('keeps a set\'s words for another language out of an English brief', async () => {
    const body = textOf(bodyOf(await renderHtml(project('messages:\n  fr:\n    sources.heading: Sources citées\n'), 'worded')));
    expect(body).not.toContain('Sources citées');
    expect(body).toContain('Sources');
  });

  it('refuses an unknown key in a pack, at its line, with the closest key', async () => {
    const dir = project('', 'messages:\n  sources.heding: Works cited\n');
    const { problems } = await validateRoot(dir, templateDirs(dir));
    const lines = relativeLines(problems.map(formatProblem), dir);
    expect(lines).toEqual([expect.stringMatching(/^options\/packs\/sample\.yaml:\d+:3 messages\["sources\.heding"\]: unknown field "sources\.heding" \(did you mean "sources\.heading"\?\)$/)]);
  });

  it('refuses a template that asks for a word no catalogue has, naming the file', async () => {
    const lines = await problemLines(project('', '', '<header>{{t "cover.dat"}}</header>\n'));
    expect(lines).toEqual([expect.stringMatching(/^templates\/worded\/partials\/cover\.hbs:1:13: template: no message "cover\.dat" \(did you mean "cover\.date"\?\)/)]);
  });
});
