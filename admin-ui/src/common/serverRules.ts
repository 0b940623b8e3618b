import type { z } from 'zod';

/**
 * A form checked against the server's own zod schema (imported at run time: the schemas need nothing
 * but zod), before anything is sent. Each broken field gets `<rulesKey>.<field>`: the translated
 * statement of that field's whole rule, which react-admin shows under the field.
 */
export function ruleErrors(schema: z.ZodType, body: unknown, rulesKey: string): Record<string, string> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field) errors[field] ??= `${rulesKey}.${field}`;
  }
  return errors;
}
