import { z } from 'zod';
import { FORMATS } from '../core/output-paths.js';
import { Id, Text } from './common.js';
import { LanguageTag, MessagesSchema } from './messages.js';

const Length = z.string().regex(/^\d+(?:\.\d+)?(?:mm|cm|in|pt|px)$/, 'must be a length such as 20mm, 0.75in or 54pt');

/** `templates/<set>/template.yaml`: what a template set is and how it prints. */
export const TemplateConfigSchema = z.strictObject({
  name: Id,
  description: Text,
  /** A set to inherit from: partials and CSS not defined here come from it. */
  base: Id.optional(),
  /** An abstract set only serves as a base; it cannot be built as an audience. */
  abstract: z.boolean().default(false),
  paper: z
    .strictObject({
      size: z.enum(['A4', 'Letter', 'Legal', 'A3', 'A5']).default('A4'),
      orientation: z.enum(['portrait', 'landscape']).default('portrait'),
    })
    .optional(),
  margins: z
    .strictObject({ top: Length, right: Length, bottom: Length, left: Length })
    .optional(),
  outputs: z.array(z.enum(FORMATS)).min(1).optional(),
  /** The output file's name, without extension; the set's name by default. */
  output: Id.optional(),
  /** Also print one PDF per option, into a folder named after `output`. */
  per_option: z.boolean().optional(),
  /** The most pages the printed brief may have, in all or per option; the build fails past it. */
  page_limit: z
    .strictObject({
      total: z.int().min(1).optional(),
      per_option: z.int().min(1).optional(),
    })
    .optional(),
  /** The set's own words for labels, by language (`en:`, `ur:`), over the shipped catalogue; a base's are merged in, key by key. */
  messages: z.record(LanguageTag, MessagesSchema).optional(),
  /** The citation style of the sources list: `policy-brief` (the default), `apa`, `vancouver`, `harvard1`, or a `.csl` file's path from this set's folder. A pack's own wins. */
  citation_style: Text.optional(),
});

export type TemplateConfig = z.output<typeof TemplateConfigSchema>;

export type PaperSize = NonNullable<TemplateConfig['paper']>['size'];

export const DEFAULT_PAPER = { size: 'A4', orientation: 'portrait' } as const;
export const DEFAULT_MARGINS = { top: '20mm', right: '18mm', bottom: '20mm', left: '18mm' } as const;
