import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT } from '../core/errors.js';
import { shownPath } from '../core/layout.js';
import type { Io } from '../report/io.js';
import { JSON_SCHEMAS, jsonSchema } from '../schema/json-schemas.js';

/** `brief schema [--out dir]`: JSON Schema for every kind of file, generated from the validator itself. */
export async function schemaCommand(root: string, flags: { out?: string }, io: Io): Promise<number> {
  const dir = resolve(flags.out ?? join(root, 'schema'));
  await mkdir(dir, { recursive: true });
  for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
    await writeFile(join(dir, name), jsonSchema(name));
    io.out(`wrote ${shownPath(join(dir, name))}`);
  }
  io.out('Start a YAML file with "# yaml-language-server: $schema=<path to the schema>" for completion and checks in your editor.');
  return EXIT.ok;
}
