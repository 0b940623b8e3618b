import type { z } from 'zod';

/**
 * The zod schema of an answer the server assembles in TypeScript (a view: joins, computed fields),
 * checked against the view's type when it compiles: `viewSchema<FlagDetail>()(z.object({...}))`.
 * A field the view sends and the schema omits, one the schema promises and the view lacks, or a type
 * that differs, is a compile error, so the OpenAPI document (built from the schema) cannot drift
 * from what the route sends.
 */
export function viewSchema<V>() {
  return <S extends z.ZodType<V>>(
    schema: S,
    ..._exact: [V] extends [z.output<S>] ? [] : [error: 'the schema lacks a field of the view, or types it differently']
  ) => schema;
}

const names = new WeakMap<z.ZodType, string>();

/**
 * Names an answer's schema in the OpenAPI document (`components.schemas.<name>`): the routes that send
 * it refer to it once instead of repeating it (a claim's detail answers a dozen actions).
 */
export function documentedAs<S extends z.ZodType>(name: string, schema: S): S {
  names.set(schema, name);
  return schema;
}

/** The document's name for a schema, when it has one. */
export const documentedNameOf = (schema: z.ZodType): string | undefined => names.get(schema);
