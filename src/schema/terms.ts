import { z } from 'zod';
import { Text } from './common.js';

/**
 * A project's own loaded terms (options/terms.yaml): words that take a side
 * in this dispute when the brief uses them in its own voice, each with what
 * to write instead. They add to the general list every project gets.
 */
export const TermsFileSchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        /** The word or phrase, matched as whole words, in any case unless `match_case`. */
        term: Text,
        /** What a neutral brief writes instead. */
        instead: Text,
        /** Match only in this exact case: for abbreviations such as `PoK`. */
        match_case: z.boolean().default(false),
      }),
    )
    .min(1, 'list at least one term, or delete the file'),
});

export type TermsFile = z.output<typeof TermsFileSchema>;
