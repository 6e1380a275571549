import { z } from 'zod';
import { Citations, Claim, Id } from './common.js';
import { Assessment, OptionSchema } from './option.js';

/** One item of a translated list: its words only, or `null` to keep the original's. */
const item = <T extends z.ZodType>(words: T) => z.array(words.nullable());

/** The words of a claim, event or position, with the original's `sources` copied to show which item it translates. */
const words = <K extends string>(key: K) => z.strictObject({ [key]: Claim.shape.text, sources: Citations.optional() } as Record<K, typeof Claim.shape.text> & { sources: z.ZodOptional<typeof Citations> });

/**
 * `options/<id>.<lang>.yaml`: the words of option `<id>` in another language.
 * Only what a reader reads is translated; each field has the original's rules
 * (taken from the option's schema), and every field is optional: what a
 * translation leaves out, or gives as `null` in a list, is printed from the
 * original. Lists follow the original's order, item for item; positions and
 * assessments are keyed by party and criterion as there. Kinds, statuses,
 * dates, stances, scores and sources are the original's alone; an item may
 * repeat its original's `sources`, and is then used only while they agree, so
 * a translation never prints against another item's sources after the
 * original's lists change.
 */
export const OptionTranslationSchema = z.strictObject({
  title: OptionSchema.shape.title.optional(),
  short_title: OptionSchema.shape.short_title,
  also_known_as: item(OptionSchema.shape.also_known_as.unwrap().element).optional(),
  proposed_by: item(OptionSchema.shape.proposed_by.element).optional(),
  status_note: OptionSchema.shape.status_note.optional(),
  summary: OptionSchema.shape.summary.optional(),
  provisions: item(words('text')).optional(),
  timeline: item(words('event')).optional(),
  positions: z.record(Id, words('text')).optional(),
  pros: item(words('text')).optional(),
  cons: item(words('text')).optional(),
  disagreements: item(words('text')).optional(),
  outcome: OptionSchema.shape.outcome.optional(),
  assessment: z.record(Id, Assessment.pick({ rationale: true })).optional(),
});

export type OptionTranslation = z.output<typeof OptionTranslationSchema>;

type Option = z.output<typeof OptionSchema>;
type Path = (string | number)[];

const LISTS = ['provisions', 'timeline', 'pros', 'cons', 'disagreements'] as const;
const NAMES = ['also_known_as', 'proposed_by'] as const;
const KEYED = { positions: 'text', assessment: 'rationale' } as const;
const SCALARS = ['title', 'short_title', 'status_note', 'summary', 'outcome'] as const;

type Words = { sources?: string[] } | null | undefined;

/** A translated item's words, when it translates this original: none given, or `sources` that agree with it. */
function wordsFor<T extends { sources: string[] }>(original: T, translated: Words): Partial<T> {
  if (!translated) return {};
  const { sources, ...rest } = translated;
  return sources === undefined || sameSources(sources, original.sources) ? (rest as Partial<T>) : {};
}

const sameSources = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** The option as a reader of the translation's language sees it: each translated field in place of the original's, the rest as they were. */
export function applyTranslation(option: Option, translation: OptionTranslation): Option {
  const out: Option = { ...option };
  for (const key of SCALARS) if (translation[key] !== undefined && option[key] !== undefined) out[key] = translation[key];
  for (const key of NAMES) out[key] = option[key].map((name, i) => translation[key]?.[i] ?? name);
  for (const key of LISTS) (out[key] as object[]) = option[key].map((item, i) => ({ ...item, ...wordsFor(item, translation[key]?.[i]) }));
  out.positions = Object.fromEntries(Object.entries(option.positions).map(([party, p]) => [party, { ...p, ...wordsFor(p, translation.positions?.[party]) }]));
  out.assessment = Object.fromEntries(Object.entries(option.assessment).map(([criterion, a]) => [criterion, { ...a, ...(translation.assessment?.[criterion] ?? {}) }]));
  return out;
}

/** The fields of the original a translation leaves to it, as paths (`summary`, `pros[2]`, `positions.india`); an item whose sources disagree counts as left. */
export function untranslatedFields(option: Option, translation: OptionTranslation): string[] {
  const missing: string[] = [];
  for (const key of SCALARS) if (option[key] !== undefined && translation[key] === undefined) missing.push(key);
  for (const key of NAMES) option[key].forEach((_, i) => translation[key]?.[i] == null && missing.push(`${key}[${i}]`));
  for (const key of LISTS) {
    option[key].forEach((item: { sources: string[] }, i) => Object.keys(wordsFor(item, translation[key]?.[i])).length === 0 && missing.push(`${key}[${i}]`));
  }
  for (const [party, p] of Object.entries(option.positions)) if (Object.keys(wordsFor(p, translation.positions?.[party])).length === 0) missing.push(`positions.${party}`);
  for (const id of Object.keys(option.assessment)) if (translation.assessment?.[id] === undefined) missing.push(`assessment.${id}`);
  return missing;
}

/**
 * Where a translation no longer lines up with its original: items past the
 * end of the original's list, items whose `sources` are not their original's,
 * parties or criteria the original does not have. Such words are not printed.
 */
export function translationWithoutOriginal(option: Option, translation: OptionTranslation): { path: Path; message: string }[] {
  const extra: { path: Path; message: string }[] = [];
  for (const key of [...NAMES, ...LISTS]) {
    const has = option[key].length;
    for (let i = has; i < (translation[key]?.length ?? 0); i++) {
      extra.push({ path: [key, i], message: `the original has ${has} ${key} entr${has === 1 ? 'y' : 'ies'}, so this one translates nothing and is not printed (lists follow the original, item for item)` });
    }
  }
  for (const key of LISTS) {
    option[key].forEach((item: { sources: string[] }, i) => {
      const sources = translation[key]?.[i]?.sources;
      if (sources && !sameSources(sources, item.sources)) {
        extra.push({ path: [key, i, 'sources'], message: `the original's ${key}[${i}] cites ${item.sources.join(', ')}: this item translates another one, so the original is printed; bring the translation up to date` });
      }
    });
  }
  for (const [party, p] of Object.entries(option.positions)) {
    const sources = translation.positions?.[party]?.sources;
    if (sources && !sameSources(sources, p.sources)) extra.push({ path: ['positions', party, 'sources'], message: `the original's position of "${party}" cites ${p.sources.join(', ')}: its text has changed since this translation, so the original is printed; bring the translation up to date` });
  }
  for (const [key, field] of Object.entries(KEYED) as [keyof typeof KEYED, string][]) {
    for (const id of Object.keys(translation[key] ?? {})) {
      if (!(id in option[key])) extra.push({ path: [key, id, field], message: `the original has no ${key} entry "${id}" to translate` });
    }
  }
  return extra;
}
