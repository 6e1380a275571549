import { EXIT } from '../core/errors.js';
import type { Io } from '../report/io.js';
import { HELPER_DOCS } from '../render/helper-docs.js';
import { templateFields, templateReference } from '../render/template-reference.js';

/** `brief template fields`: every variable and helper a template can use, generated from the model's own types and schemas. */
export async function templateFieldsCommand(flags: { json?: boolean }, io: Io): Promise<number> {
  io.out(flags.json ? JSON.stringify({ fields: templateFields(), helpers: HELPER_DOCS }, null, 2) : templateReference());
  return EXIT.ok;
}
