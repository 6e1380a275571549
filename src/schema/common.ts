import { z } from 'zod';

/** kebab-case identifier: `owen-dixon-plan`, `un-s1791`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

export const Text = z.string().trim().min(1, 'must not be empty');

/** Markdown text; may cite sources inline as `[@source-id]`. */
export const Markdown = Text.describe('Markdown; cite a source inline with [@source-id]');

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function isRealDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** A date as precise as it is known: `1950`, `1950-09` or `1950-09-15`. */
export const PartialDate = z
  .union([z.string().regex(DATE, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'), z.int().min(1000).max(9999)])
  .transform(String)
  .refine(isRealDate, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');

/** A full calendar date, `2025-05-10`. */
export const FullDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD')
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v), 'must be a date written YYYY-MM-DD');

/** Source ids a claim rests on: at least one. */
export const Citations = z.array(Id).min(1, 'cite at least one source');

/** A statement with the sources that support it. */
export const Claim = z.strictObject({
  text: Markdown,
  sources: Citations,
});
