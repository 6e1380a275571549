import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema found at `path`, looking through wrappers, arrays and records. */
function objectAt(schema: z.ZodType, path: readonly PropertyKey[]): Def | undefined {
  let def = defOf(schema);
  let rest = [...path];
  for (;;) {
    const inner = def.innerType ?? def.in ?? (def.type === 'union' ? def.options?.find((o) => defOf(o).type === 'object') : undefined);
    if (inner) {
      def = defOf(inner);
      continue;
    }
    if (rest.length === 0) return def.type === 'object' ? def : undefined;
    const [segment, ...tail] = rest;
    const next =
      def.type === 'object' ? def.shape?.[String(segment)] : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
    if (!next) return undefined;
    def = defOf(next);
    rest = tail;
  }
}

/** The field names an object schema accepts at `path`, for "did you mean". */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return Object.keys(objectAt(schema, path)?.shape ?? {});
}

/** The schema of the field at `path` (through wrappers, lists and records), or undefined where the schema has none. */
function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  const chain: z.ZodType[] = [];
  let at: z.ZodType | undefined = schema;
  let rest = [...path];
  while (at) {
    chain.push(at);
    const def = defOf(at);
    const inner = def.innerType ?? def.in;
    if (inner) {
      at = inner;
      continue;
    }
    if (rest.length === 0) return chain;
    const [segment, ...tail] = rest;
    chain.length = 0;
    at = def.type === 'object' ? def.shape?.[String(segment)] : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
    rest = tail;
  }
  return [];
}

/** Whether the field at `path` is the given schema, such as `Markdown` (possibly optional or with a default). */
export function fieldIs(schema: z.ZodType, path: readonly PropertyKey[], kind: z.ZodType): boolean {
  return fieldAt(schema, path).includes(kind);
}
