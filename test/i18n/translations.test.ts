import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../src/report/format-problem.js';
import { templateDirs } from '../../src/templates/template-set.js';
import { checkProject } from '../../src/check-project.js';
import { projectCopy, relativeLines } from '../helpers/fixtures.js';
import { bodyOf, renderHtml, textOf } from '../helpers/render.js';

/** A translation of the fixture option into Urdu: its title, summary, one argument of three, and one position. */
const ALPHA_UR = `title: الفا منصوبہ
summary: |
  ایک منصوبہ جس میں **نمایاں** متن اور ایک حوالہ ہے [@doc-one]۔
pros:
  - text: یہ سادہ ہے۔
    sources: [doc-one]
  - null
  - text: اسے کسی نئے ادارے کی ضرورت نہیں۔
    sources: [doc-two]
positions:
  north:
    text: شمال اسے قبول کرتا ہے۔
`;

/** The fixture project with the Urdu translation beside its option and its pack in `lang`. */
function projectWith(lang: string, translation = ALPHA_UR): string {
  const dir = projectCopy();
  writeFileSync(join(dir, 'options/alpha-plan.ur.yaml'), translation);
  appendFileSync(join(dir, 'options/packs/sample.yaml'), `lang: ${lang}\n`);
  return dir;
}

async function problemLines(dir: string, severity: 'error' | 'warning'): Promise<string[]> {
  const { problems } = await checkProject(dir, templateDirs(dir));
  return relativeLines(sortProblems(problems.filter((p) => p.severity === severity)).map(formatProblem), dir);
}

describe('options translated in a parallel file, options/<id>.<lang>.yaml', () => {
  it('are printed in a pack of that language, each field the translation leaves printed from the original', async () => {
    const text = textOf(bodyOf(await renderHtml(projectWith('ur'), 'analyst')));
    expect(text).toContain('الفا منصوبہ');
    expect(text).toContain('ایک منصوبہ جس میں نمایاں متن اور ایک حوالہ ہے');
    expect(text).toContain('یہ سادہ ہے۔');
    expect(text).toContain('اسے کسی نئے ادارے کی ضرورت نہیں۔');
    expect(text).toContain('شمال اسے قبول کرتا ہے۔');
    // Left to the original: the second argument (null), the other position, the arguments against.
    expect(text).toContain('Both sides have discussed it.');
    expect(text).toContain('South rejects it.');
    expect(text).toContain('It leaves the main question open.');
    expect(text).not.toContain('The Alpha plan');
    expect(text).not.toContain('It is simple.');
  });

  it('are found by the language of a regional tag (ur-PK finds .ur), and left alone in any other language', async () => {
    expect(textOf(bodyOf(await renderHtml(projectWith('ur-PK'), 'analyst')))).toContain('الفا منصوبہ');
    const english = textOf(bodyOf(await renderHtml(projectWith('en-GB'), 'analyst')));
    expect(english).toContain('The Alpha plan');
    expect(english).not.toContain('الفا منصوبہ');
  });

  it('warn once, listing what is left in the original language', async () => {
    const warnings = await problemLines(projectWith('ur'), 'warning');
    expect(warnings).toContain(
      'options/alpha-plan.ur.yaml:1:1: warning: not translated, so printed as options/alpha-plan.yaml has them: status_note, outcome, proposed_by[0], provisions[0], timeline[0], pros[1], cons[0], cons[1], cons[2], positions.south, assessment.feasibility',
    );
  });

  it('print an item only while it repeats its original\'s sources, and warn where it does not', async () => {
    const moved = ALPHA_UR.replace('  - text: یہ سادہ ہے۔\n    sources: [doc-one]', '  - text: یہ سادہ ہے۔\n    sources: [doc-two]');
    const dir = projectWith('ur', moved);
    const text = textOf(bodyOf(await renderHtml(dir, 'analyst')));
    expect(text).not.toContain('یہ سادہ ہے۔');
    expect(text).toContain('It is simple.');
    const warnings = await problemLines(dir, 'warning');
    expect(warnings).toContain(
      "options/alpha-plan.ur.yaml:6:14 pros[0].sources: warning: the original's pros[0] cites doc-one: this item translates another one, so the original is printed; bring the translation up to date",
    );
  });

  it('are checked against the translatable part of the option schema, at file, line and column', async () => {
    const dir = projectWith('ur', `${ALPHA_UR}kind: treaty\nstatus_note: ""\npros_extra: 1\nsummary2: x\n`.replace('summary2: x\n', ''));
    expect(await problemLines(dir, 'error')).toEqual([
      'options/alpha-plan.ur.yaml:13:1 kind: unknown field "kind"',
      'options/alpha-plan.ur.yaml:14:14 status_note: must not be empty',
      'options/alpha-plan.ur.yaml:15:1 pros_extra: unknown field "pros_extra"',
    ]);
  });

  it('must translate an option of the project, and cite only known sources', async () => {
    const dir = projectWith('ur', ALPHA_UR.replace('[@doc-one]', '[@doc-nine]'));
    writeFileSync(join(dir, 'options/beta-plan.ur.yaml'), readFileSync(join(dir, 'options/alpha-plan.ur.yaml')));
    expect(await problemLines(dir, 'error')).toEqual([
      'options/alpha-plan.ur.yaml:3:54 summary: unknown source "doc-nine" (did you mean "doc-one"?)',
      'options/beta-plan.ur.yaml:1:1: a translation of option "beta-plan", but there is no option file "beta-plan.yaml" beside it',
    ]);
  });
});
