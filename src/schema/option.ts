import { z } from 'zod';
import { Citations, Claim, FullDate, Id, Markdown, PartialDate, Text } from './common.js';

export const OPTION_KINDS = [
  'resolution',
  'mediation-proposal',
  'bilateral-talks',
  'backchannel',
  'dialogue-framework',
  'track-two',
  'treaty',
  'declaration',
  'unilateral-measure',
] as const;

export const OPTION_STATUSES = [
  'proposed',
  'under-discussion',
  'stalled',
  'rejected',
  'superseded',
  'partly-implemented',
  'in-force',
  'in-abeyance',
] as const;

export const STANCES = ['supports', 'conditional', 'divided', 'opposes', 'no-position'] as const;

export const Position = z.strictObject({
  stance: z.enum(STANCES),
  text: Markdown,
  sources: Citations,
});

export const TimelineEvent = z.strictObject({
  date: PartialDate,
  event: Markdown,
  sources: Citations,
});

export const Assessment = z.strictObject({
  score: z.int().min(1).max(5),
  rationale: Text,
});

export const OptionSchema = z.strictObject({
  id: Id,
  title: Text,
  short_title: Text.optional(),
  also_known_as: z.array(Text).default([]),
  kind: z.enum(OPTION_KINDS),
  period: z.strictObject({ from: PartialDate, to: PartialDate.optional() }),
  proposed_by: z.array(Text).min(1, 'name at least one person or body'),
  status: z.enum(OPTION_STATUSES),
  /** Where the option stands now, in one line: the minister brief and the handout print it. */
  status_note: Text.max(160, 'keep it to one line (160 characters at most)'),
  summary: Markdown,
  provisions: z.array(Claim).min(1, 'list at least one provision'),
  timeline: z.array(TimelineEvent).min(1, 'list at least one dated event'),
  /** One entry per party the pack names: `pakistan`, `india`, ... */
  positions: z.record(Id, Position),
  pros: z.array(Claim).min(1, 'list at least one argument for'),
  cons: z.array(Claim).min(1, 'list at least one argument against'),
  /** Where sources disagree on a fact, say so here rather than pick a side. */
  disagreements: z.array(Claim).default([]),
  outcome: Markdown,
  /** The author's judgement, one entry per pack criterion. */
  assessment: z.record(Id, Assessment).default({}),
  /** Further sources on the option as a whole, beyond those cited on claims. */
  sources: z.array(Id).default([]),
  /** When the file's content was last checked against its sources. */
  reviewed: FullDate.optional(),
});

export type PolicyOption = z.output<typeof OptionSchema>;
