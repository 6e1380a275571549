import { z } from 'zod';
import type { BriefModel, OptionView, PackView, ScoreView, SourceView } from '../model/brief-model.js';
import { OptionSchema } from '../schema/option.js';
import { CriterionSchema, PackSchema, PartySchema } from '../schema/pack.js';
import { SourceSchema } from '../schema/source.js';
import { HELPER_DOCS } from './helper-docs.js';

/** One variable a template can use: its path (`options[].title`), what it holds, and a note. */
export interface TemplateField {
  path: string;
  type: string;
  note?: string;
}

interface JsonNode {
  type?: string;
  enum?: unknown[];
  items?: JsonNode;
  anyOf?: JsonNode[];
  properties?: Record<string, JsonNode>;
  required?: string[];
  description?: string;
  format?: string;
  additionalProperties?: unknown;
}

const MARKDOWN = 'Markdown; cite a source inline with [@source-id]';

/** An object with more keys than this is a catalogue, listed as one entry. */
const MAX_LISTED_KEYS = 20;

/** What a JSON Schema node holds, in a reader's words. */
function typeOf(node: JsonNode): string {
  if (node.enum) return `one of ${node.enum.join(', ')}`;
  if (node.anyOf) return node.anyOf.map(typeOf).join(' or ');
  if (node.type === 'array') return `list of ${node.items ? typeOf(node.items) : 'values'}`;
  if (node.type === 'object') return node.properties ? 'object' : 'map';
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if (node.type === 'boolean') return 'true or false';
  if (node.type === 'string') return node.description === MARKDOWN ? 'Markdown text (print with markdown or inline)' : 'text';
  return 'date as written: 1950, 1950-09 or 1950-09-15 (print with date)';
}

/** The fields of a schema as templates see them, under `prefix`, leaving out those the model replaces. */
function schemaFields(schema: z.ZodObject, prefix: string, replaced: readonly string[] = []): TemplateField[] {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonNode;
  const walk = (node: JsonNode, path: string, required: boolean): TemplateField[] => {
    const nullable = required ? '' : ', or null';
    const here: TemplateField = { path, type: `${typeOf(node)}${nullable}` };
    const keys = Object.keys(node.properties ?? {});
    // A catalogue (many optional entries of one kind, such as the pack's messages) is one line, not one per key.
    if (keys.length > MAX_LISTED_KEYS) return [{ path, type: `map of ${keys.length} optional entries${nullable}`, note: `its keys are listed by brief schema` }];
    if (node.type === 'object' && node.properties) return [here, ...fieldsOf(node, path)];
    if (node.type === 'array' && node.items?.type === 'object' && node.items.properties) return [here, ...fieldsOf(node.items, `${path}[]`)];
    return [here];
  };
  const fieldsOf = (node: JsonNode, path: string): TemplateField[] =>
    Object.entries(node.properties ?? {})
      .filter(([key]) => path !== prefix || !replaced.includes(key))
      .flatMap(([key, child]) => walk(child, `${path}.${key}`, (node.required ?? []).includes(key) || 'default' in child));
  return fieldsOf(json, prefix);
}

/**
 * What the model adds to or puts in place of each schema's fields, one entry
 * per key: the types make a view key without an entry here a compile error,
 * so the reference cannot fall behind the model.
 */
const OPTION_ADDED: Record<Exclude<keyof OptionView, keyof z.output<typeof OptionSchema>> | 'short_title' | 'period' | 'positions' | 'assessment', TemplateField[]> = {
  number: [{ path: 'number', type: 'number', note: 'its place in the pack, from 1' }],
  anchor: [{ path: 'anchor', type: 'text', note: 'the id of its chapter: link to it with href="#{{anchor}}"' }],
  short_title: [{ path: 'short_title', type: 'text', note: 'the short title, or the title where the file gives none' }],
  period: [
    { path: 'period', type: 'object', note: 'print with {{period period}}' },
    { path: 'period.from', type: 'date as written' },
    { path: 'period.to', type: 'date as written, or null while open' },
  ],
  positions: [
    { path: 'positions', type: 'list of object', note: "one per party that states a position, in the pack's party order" },
    { path: 'positions[].party', type: 'object', note: 'the party, as in pack.parties' },
    ...schemaFields(PartySchema, 'positions[].party'),
    { path: 'positions[].stance', type: 'one of supports, conditional, divided, opposes, no-position' },
    { path: 'positions[].text', type: 'Markdown text (print with markdown or inline)' },
    { path: 'positions[].sources', type: 'list of source ids (print with cite)' },
  ],
  assessment: [
    { path: 'assessment', type: 'list of object', note: "one per criterion of the pack, in the pack's order" },
    { path: 'assessment[].criterion', type: 'object', note: 'the criterion, as in pack.criteria' },
    ...schemaFields(CriterionSchema, 'assessment[].criterion'),
    { path: 'assessment[].score', type: 'number, or null where not scored' },
    { path: 'assessment[].rationale', type: 'text, or null where not scored' },
  ],
};

const SOURCE_ADDED: Record<Exclude<keyof SourceView, keyof z.output<typeof SourceSchema>>, TemplateField[]> = {
  number: [{ path: 'number', type: 'number', note: 'its number in this brief, in the order the brief first cites it' }],
  anchor: [{ path: 'anchor', type: 'text', note: 'the id of its entry in the sources list' }],
  authors: [{ path: 'authors', type: 'list of text', note: 'the author field as a list, empty where none' }],
  short: [{ path: 'short', type: 'text', note: 'the source in a few words' }],
  formatted: [{ path: 'formatted', type: 'HTML', note: 'the whole entry in the citation style, safe to print with {{{formatted}}}' }],
};

const PACK_ADDED: Record<Exclude<keyof PackView, keyof z.output<typeof PackSchema>> | 'parties' | 'criteria', TemplateField[]> = {
  id: [{ path: 'id', type: 'text', note: "the pack's id, its file name" }],
  parties: [{ path: 'parties', type: 'list of object' }, ...schemaFields(PartySchema, 'parties[]')],
  criteria: [{ path: 'criteria', type: 'list of object' }, ...schemaFields(CriterionSchema, 'criteria[]')],
};

const TOP: Record<Exclude<keyof BriefModel, 'citations'>, TemplateField> = {
  pack: { path: 'pack', type: 'object', note: 'the pack' },
  options: { path: 'options', type: 'list of object', note: 'the options the pack names, in its order' },
  sources: { path: 'sources', type: 'list of object', note: 'the sources this brief cites, numbered as it cites them' },
  generator: { path: 'generator', type: 'object', note: 'generator.name and generator.version: the tool that made the brief' },
  changes: {
    path: 'changes',
    type: 'object or null',
    note: 'what changed since the edition the pack follows: changes.ref, changes.edition, changes.date, and changes.items, each shown with change-words; null when the pack follows none',
  },
};

const under = (prefix: string, fields: TemplateField[]) => fields.map((f) => ({ ...f, path: `${prefix}.${f.path}` }));
const byPath = (a: TemplateField, b: TemplateField) => a.path.localeCompare(b.path);
// A compile-time check that the scores' view is what the reference describes.
const _score: Record<keyof ScoreView, true> = { criterion: true, score: true, rationale: true };
void _score;

/** Every variable a template sees, in the order `pack`, `options[]`, `sources[]`, then the rest. */
export function templateFields(): TemplateField[] {
  return [
    TOP.pack,
    ...[...schemaFields(PackSchema, 'pack', ['options', 'parties', 'criteria']), ...under('pack', Object.values(PACK_ADDED).flat())].sort(byPath),
    TOP.options,
    ...[...schemaFields(OptionSchema, 'options[]', ['short_title', 'period', 'positions', 'assessment']), ...under('options[]', Object.values(OPTION_ADDED).flat())].sort(byPath),
    TOP.sources,
    ...[...schemaFields(SourceSchema, 'sources[]', ['author']), ...under('sources[]', Object.values(SOURCE_ADDED).flat())].sort(byPath),
    TOP.generator,
    { path: 'generator.name', type: 'text' },
    { path: 'generator.version', type: 'text' },
    TOP.changes,
    { path: '@audience', type: 'text', note: "the template set's name" },
  ];
}

/** The reference as text: the variables, then the helpers. `brief template fields` prints it, and the README carries it. */
export function templateReference(): string {
  const fields = templateFields();
  const width = Math.max(...fields.map((f) => f.path.length));
  const lines = fields.map((f) => `${f.path.padEnd(width)}  ${f.type}${f.note ? `: ${f.note}` : ''}`);
  const docs = Object.entries(HELPER_DOCS);
  const nameWidth = Math.max(...docs.map(([name]) => name.length));
  const exampleWidth = Math.max(...docs.map(([, doc]) => doc.example.length));
  const helpers = docs.map(([name, doc]) => `${name.padEnd(nameWidth)}  ${doc.example.padEnd(exampleWidth)}  ${doc.gives}`);
  return [
    'Variables (inside {{#each options}}, write title rather than options[].title; a field a file leaves out is null):',
    '',
    ...lines,
    '',
    'Helpers:',
    '',
    ...helpers,
    '',
  ].join('\n');
}
