import { z } from 'zod';
import { OptionSchema } from './option.js';
import { PackSchema } from './pack.js';
import { SourcesFileSchema } from './source.js';
import { TemplateConfigSchema } from './template.js';
import { TermsFileSchema } from './terms.js';
import { OptionTranslationSchema } from './translation.js';

/** The files `brief schema` writes, each generated from the zod schema that validates that kind of file. */
export const JSON_SCHEMAS = {
  'option.schema.json': { schema: OptionSchema, title: 'options-brief policy option (options/<id>.yaml)' },
  'translation.schema.json': { schema: OptionTranslationSchema, title: 'options-brief translation of an option (options/<id>.<lang>.yaml)' },
  'sources.schema.json': { schema: SourcesFileSchema, title: 'options-brief source registry (options/sources.yaml)' },
  'pack.schema.json': { schema: PackSchema, title: 'options-brief pack (options/packs/<id>.yaml)' },
  'terms.schema.json': { schema: TermsFileSchema, title: 'options-brief loaded terms of a project (options/terms.yaml)' },
  'template.schema.json': { schema: TemplateConfigSchema, title: 'options-brief template set (templates/<set>/template.yaml)' },
} as const;

/** JSON Schema for one kind of file, as an editor's YAML language server reads it. */
export function jsonSchema(name: keyof typeof JSON_SCHEMAS): string {
  const { schema, title } = JSON_SCHEMAS[name];
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ title, ...generated }, null, 2)}\n`;
}
