import type { ZodError, ZodType, z } from 'zod';
import { badRequest } from './errors.js';

/** Field → first message, keyed the way react-admin forms name their inputs. */
export function fieldErrors(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : 'body';
    errors[key] ??= issue.message;
  }
  return errors;
}

export function parseOr400<T extends ZodType>(schema: T, value: unknown, what = 'request'): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error);
  throw badRequest(
    'request.invalid',
    `Invalid ${what}: ${Object.entries(errors)
      .map(([field, message]) => `${field}: ${message}`)
      .join('; ')}`,
    errors,
  );
}
