import { z } from 'zod';
import { badRequest } from './errors.js';

/**
 * THE id schema, for every route parameter, id filter and id in a body: a positive whole number, as a
 * JSON number or in its canonical decimal text (react-admin sends ids from URLs as strings). `1e2`,
 * `0x10`, `+1`, `1.0`, `01`, ` 1` and `true` are not ids: coercion would read them as some other record.
 */
export const recordId = z.union(
  [
    z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    z
      .string()
      .regex(/^[1-9]\d{0,15}$/)
      .transform(Number)
      .pipe(z.number().max(Number.MAX_SAFE_INTEGER)),
  ],
  { error: 'must be a positive whole number' },
);

export function parseRecordId(raw: unknown): number {
  const result = recordId.safeParse(raw);
  if (!result.success) throw badRequest('request.invalid_id', 'The id in the URL must be a positive whole number.', { id: 'not an id' });
  return result.data;
}
