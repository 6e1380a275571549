import { z } from 'zod';
import { FullDate, Id, PartialDate, Text } from './common.js';

export const SOURCE_KINDS = [
  'un-document',
  'official-statement',
  'government-record',
  'treaty',
  'book',
  'journal-article',
  'news',
  'op-ed',
  'interview',
  'report',
  'other',
] as const;

export const SourceSchema = z.strictObject({
  id: Id,
  title: Text,
  author: z.union([Text, z.array(Text).min(1)]).optional(),
  publisher: Text.optional(),
  date: PartialDate.optional(),
  /** A document symbol or volume, e.g. `S/1791` or `FRUS 1950, vol. V, doc. 799`. */
  document: Text.optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http or https address' })
    .regex(/^https?:\/\//, 'must be an http or https address')
    .optional(),
  accessed: FullDate.optional(),
  kind: z.enum(SOURCE_KINDS),
  /** Printed with the entry: what is uncertain about the source, or how to find it. */
  note: Text.optional(),
});

/** The registry file's shape, entries unchecked: each entry is validated on its own. */
export const SourcesFileShape = z.strictObject({
  sources: z.array(z.unknown()).min(1, 'list at least one source'),
});

/** The whole registry file, for the editor schema. */
export const SourcesFileSchema = z.strictObject({
  sources: z.array(SourceSchema).min(1, 'list at least one source'),
});

export type Source = z.output<typeof SourceSchema>;
