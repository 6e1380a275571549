import { z } from 'zod';
import { Citations, FullDate, Id, Markdown, Text } from './common.js';
import { LanguageTag, MessagesSchema } from './messages.js';

export const PartySchema = z.strictObject({
  id: Id,
  label: Text,
  description: Text.optional(),
});

/** What each score from 1 to 5 means for one criterion: the published rubric the assessment follows. */
export const Rubric = z.strictObject({ 1: Text, 2: Text, 3: Text, 4: Text, 5: Text });

/** Where an edition stands: a draft is marked DRAFT on every page and in its document properties. */
export const EDITION_STATUSES = ['draft', 'final'] as const;

/** A git revision: a tag, branch or commit, e.g. `edition-1`; never an option to git. */
export const GitRef = z
  .string()
  .trim()
  .regex(/^[^\s-][^\s]*$/, 'must be a git tag, branch or commit, e.g. edition-1, with no spaces and not starting with "-"');

export const CriterionSchema = z.strictObject({
  id: Id,
  label: Text,
  description: Text,
  rubric: Rubric.optional(),
});

export const PackSchema = z.strictObject({
  title: Text,
  subtitle: Text.optional(),
  date: FullDate,
  authors: z.array(Text).min(1, 'name at least one author'),
  organisation: Text.optional(),
  /** Printed in the running header of every page, e.g. `OFFICIAL` or `PUBLIC`. */
  classification: Text.optional(),
  /** Which edition of the brief this is, from 1; its date is `date`. */
  edition: z.int().min(1, 'must be a whole number from 1').optional(),
  /** `draft` marks every page and the document properties DRAFT; `final` is for issue. */
  status: z.enum(EDITION_STATUSES).default('final'),
  /** The git tag, branch or commit of the edition this one follows: the analyst and minister briefs then say what changed since it. */
  follows: GitRef.optional(),
  /** The language of the brief: its labels, dates, numbers, direction, fonts and citation style follow it. */
  lang: LanguageTag.default('en'),
  /** The pack's own words for labels the tool prints, in its language, over the template set's and the catalogue's. */
  messages: MessagesSchema.optional(),
  /** The citation style of the sources list, over the template set's: `policy-brief` (the default), `apa`, `vancouver`, `harvard1`, or a `.csl` file's path from the project folder. */
  citation_style: Text.optional(),
  context: Markdown,
  /** The answer first: what the reader most needs to know, in a few sentences. The minister brief opens with it. */
  bottom_line: Markdown,
  /** The parties whose position every option states, in the order printed. */
  parties: z.array(PartySchema).min(1, 'name at least one party'),
  criteria: z.array(CriterionSchema).min(1, 'name at least one criterion'),
  /** Dated events the figures mark, e.g. the key events of the year the pack is about. */
  key_events: z
    .array(z.strictObject({ date: FullDate, label: Text, sources: Citations }))
    .default([]),
  /** Option ids, in the order they are printed. */
  options: z.array(Id).min(1, 'name at least one option'),
  /** Template sets to build, one brief each. */
  audiences: z.array(Id).min(1).default(['analyst']),
  /** The date the options were scored against the criteria' rubrics. */
  assessed_on: FullDate.optional(),
  /** The decision the brief asks its reader for; the minister brief opens with it. */
  decision: z
    .strictObject({
      /** The issue, in a sentence or two. */
      issue: Markdown,
      /** What the reader is asked to decide. */
      sought: Markdown,
    })
    .optional(),
  /** The pack authors' own recommendation, where they give one. */
  recommendations: z
    .strictObject({
      /** Whose recommendations these are: never the tool's own voice. */
      attribution: Text,
      text: Markdown,
      sources: Citations,
    })
    .optional(),
  /** Proposals made by others (an op-ed, a report), each titled and attributed, never the pack's own advice. */
  external_proposals: z
    .array(
      z.strictObject({
        title: Text,
        /** Who made them, and where: "Proposals of X, in Y (date)". */
        attribution: Text,
        text: Markdown,
        sources: Citations,
      }),
    )
    .default([]),
  /** Sources for the context, beyond those cited inline. */
  sources: z.array(Id).default([]),
});

export type Pack = z.output<typeof PackSchema>;
export type Party = z.output<typeof PartySchema>;
export type Criterion = z.output<typeof CriterionSchema>;
