import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EXIT, InputError, problem } from '../core/errors.js';
import { LAYOUT, shownPath } from '../core/layout.js';
import type { Io } from '../report/io.js';
import { JSON_SCHEMAS, jsonSchema } from '../schema/json-schemas.js';
import { starterFiles, STARTER_PACK } from './starter-project.js';

/**
 * `brief init [dir]`: a briefing project that validates and builds as it
 * stands: a source registry, a pack with parties, criteria and audiences, one
 * example option, the editor schemas its `$schema` lines point to, and a
 * `.gitignore`. It never overwrites: a folder that already has `options/` is refused.
 */
export async function initCommand(dir: string, _flags: { quiet?: boolean }, io: Io): Promise<number> {
  if (existsSync(join(dir, LAYOUT.options))) {
    throw new InputError([problem(shownPath(join(dir, LAYOUT.options)) || LAYOUT.options, 'already exists: this folder holds a project; add to it with brief new option, brief new pack or brief new source')]);
  }
  const files: [string, string][] = [
    ...starterFiles(new Date().toISOString().slice(0, 10)).filter(([path]) => !(path === '.gitignore' && existsSync(join(dir, path)))),
    ...(Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]).map((name): [string, string] => [join('schema', name), jsonSchema(name)]),
  ];
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text, { flag: 'wx' });
    io.out(`wrote ${shownPath(join(dir, path))}`);
  }
  const cd = dir === process.cwd() ? '' : `cd ${shownPath(dir)} && `;
  io.out(`A project on the Beagle Channel dispute, ready to build. Next: ${cd}brief build (HTML and PDF into output/${STARTER_PACK}/), then make it yours: brief new source, brief new option, brief new pack.`);
  return EXIT.ok;
}
