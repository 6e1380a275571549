import type { z } from 'zod';

/** Optional fields become null, so templates in strict mode can test them. */
export type Nullable<T> = { [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };

/**
 * Every field the schema defines, as templates see it: a field the file left
 * out is null rather than missing, so a template in strict mode can test it.
 * A new field in a schema reaches the templates with no other change.
 */
export function withNulls<S extends z.ZodObject, K extends keyof z.output<S> = never>(
  schema: S,
  data: z.output<S>,
  omit: readonly K[] = [],
): Nullable<Omit<z.output<S>, K>> {
  const fields = Object.keys(schema.shape).filter((key) => !(omit as readonly string[]).includes(key));
  return Object.fromEntries(fields.map((key) => [key, (data as Record<string, unknown>)[key] ?? null])) as Nullable<Omit<z.output<S>, K>>;
}
