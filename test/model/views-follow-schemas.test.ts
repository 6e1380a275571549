import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel, sourceView } from '../../src/model/build-model.js';
import { OptionSchema } from '../../src/schema/option.js';
import { PackSchema } from '../../src/schema/pack.js';
import { SourceSchema } from '../../src/schema/source.js';
import { BUILT_IN_TEMPLATES } from '../../src/templates/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { projectCopy, VALID_PROJECT } from '../helpers/fixtures.js';
import { renderHtml } from '../helpers/render.js';

const fields = (schema: { shape: object }) => Object.keys(schema.shape);

describe('the views templates see, derived from the schemas', () => {
  it('carry every field of the option, pack and source schemas, even where a file leaves it out', async () => {
    const { project } = await validateRoot(VALID_PROJECT, [BUILT_IN_TEMPLATES]);
    const model = buildModel(project, project.packs.get('sample')!);
    expect(Object.keys(model.options[0]!)).toEqual(expect.arrayContaining(fields(OptionSchema)));
    expect(Object.keys(model.pack)).toEqual(expect.arrayContaining(fields(PackSchema).filter((f) => f !== 'options')));
    expect(Object.keys(sourceView(project.sources.get('doc-two')!.data, 1))).toEqual(expect.arrayContaining(fields(SourceSchema).filter((f) => f !== 'author')));
    // `reviewed` is in the schema but never reached a brief while the view was typed by hand.
    expect(model.options[0]!.reviewed).toBeNull();
  });

  it('bring a field from the file to a template with no code in between', async () => {
    const dir = projectCopy();
    const option = join(dir, 'options', 'alpha-plan.yaml');
    writeFileSync(option, `${readFileSync(option, 'utf8')}reviewed: 2026-11-02\n`);
    const set = join(dir, 'templates', 'reviewed');
    mkdirSync(join(set, 'partials'), { recursive: true });
    writeFileSync(join(set, 'template.yaml'), 'name: reviewed\ndescription: The analyst brief with a review date.\nbase: analyst\n');
    writeFileSync(join(set, 'partials', 'cover.hbs'), '<header class="cover">{{#each options}}<p class="reviewed">{{id}} reviewed {{reviewed}}</p>{{/each}}</header>\n');
    expect(await renderHtml(dir, 'reviewed')).toContain('<p class="reviewed">alpha-plan reviewed 2026-11-02</p>');
  });
});
