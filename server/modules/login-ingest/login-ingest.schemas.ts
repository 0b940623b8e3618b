import { z } from 'zod';
import { loginResults } from '../../../db/schema/activity.js';
import { normaliseNicHandle } from '../customers/query/search-keys.js';
import { isKnownCountry } from './geo-locate.js';

/** The most login events one batch may carry (documented in README, "Login events in"). */
export const maxBatchSize = 1000;

/**
 * One login event as the provider's login system sends it. Times carry their offset and are
 * stored in UTC; coordinates are optional (both or neither) and located offline when absent.
 */
export const loginEventRecord = z
  .object({
    id: z.string().trim().min(1).max(128),
    occurredAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with its offset' }).transform((v) => new Date(v).toISOString()),
    account: z
      .string()
      .max(40)
      .transform((value, context) => normaliseNicHandle(value) ?? (context.addIssue({ code: 'custom', message: 'not a NIC-handle' }), z.NEVER)),
    ip: z.union([z.ipv4(), z.ipv6()], { error: 'must be an IPv4 or IPv6 address' }),
    country: z.string().refine(isKnownCountry, 'must be an ISO 3166-1 alpha-2 code in capitals'),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    deviceId: z.string().trim().min(1).max(128),
    deviceLabel: z.string().trim().min(1).max(200),
    result: z.enum(loginResults),
    isNewDevice: z.boolean(),
  })
  .strict()
  .refine((event) => (event.latitude === undefined) === (event.longitude === undefined), {
    path: ['longitude'],
    message: 'send both latitude and longitude, or neither',
  });
export type LoginEventRecord = z.infer<typeof loginEventRecord>;

// The usual event, checked by hand: running zod on each record of a batch costs a tenth of the
// batch's time (issue 11's ingestion figure). The fast path takes only the common shape (all nine
// fields, IPv4, no coordinates), uses zod's own patterns, and gives exactly what `loginEventRecord`
// gives (test/login-event-parse.test.ts compares them); everything else, valid or not, goes to zod,
// which alone words the errors.
const usualKeys = ['id', 'occurredAt', 'account', 'ip', 'country', 'deviceId', 'deviceLabel', 'result', 'isNewDevice'] as const;
const dateTimeWithOffset = z.regexes.datetime({ offset: true });
const ipv4 = z.regexes.ipv4;
const knownResults: ReadonlySet<unknown> = new Set(loginResults);
// Trimmed text without making the trimmed copy: only an end that might be white space (at or below
// U+0020, NBSP, or from U+1680, the first other white space `trim` knows, on) is left to `trim`.
const isSpace = (code: number) => code <= 0x20 || code === 0xa0 || code >= 0x1680;
const isTrimmedText = (value: unknown, max: number): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= max &&
  ((!isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(value.length - 1))) || value.trim().length === value.length);
// The form the login system usually sends and the one stored (Date's own): read back unchanged.
const isStoredForm = (text: string) => text.length === 24 && text.charCodeAt(23) === 90 /* Z */ && text.charCodeAt(19) === 46; /* . */

export function usualLoginEvent(raw: unknown): LoginEventRecord | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const event = raw as Record<string, unknown>;
  // Inherited keys count too: zod's strict object refuses them.
  let keys = 0;
  for (const _key in event) keys++;
  if (keys !== usualKeys.length) return null;
  for (const key of usualKeys) if (!Object.hasOwn(event, key)) return null;
  const { id, occurredAt, account, ip, country, deviceId, deviceLabel, result, isNewDevice } = event;
  if (!isTrimmedText(id, 128) || !isTrimmedText(deviceId, 128) || !isTrimmedText(deviceLabel, 200)) return null;
  if (typeof occurredAt !== 'string' || !dateTimeWithOffset.test(occurredAt)) return null;
  if (typeof account !== 'string' || account.length > 40) return null;
  const handle = normaliseNicHandle(account);
  if (handle === null || typeof ip !== 'string' || !ipv4.test(ip)) return null;
  if (typeof country !== 'string' || !isKnownCountry(country) || !knownResults.has(result) || typeof isNewDevice !== 'boolean') return null;
  return {
    id,
    occurredAt: isStoredForm(occurredAt) ? occurredAt : new Date(occurredAt).toISOString(),
    account: handle,
    ip,
    country,
    deviceId,
    deviceLabel,
    result: result as LoginEventRecord['result'],
    isNewDevice,
  };
}

/** One record of a batch: the fast path when it applies, zod otherwise. */
export function parseLoginEvent(raw: unknown): { success: true; data: LoginEventRecord } | { success: false; error: z.ZodError } {
  const usual = usualLoginEvent(raw);
  return usual ? { success: true, data: usual } : loginEventRecord.safeParse(raw);
}

export interface RejectedRecord {
  index: number;
  code: string;
  message: string;
  errors?: Record<string, string>;
}
