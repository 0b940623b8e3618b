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

export interface RejectedRecord {
  index: number;
  code: string;
  message: string;
  errors?: Record<string, string>;
}
