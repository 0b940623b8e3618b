import { AppError } from '../../http/errors.js';
import type { CustomerKeys } from '../customer-keys/customer-keys.service.js';

/**
 * Personal values of audit entries about a customer are stored encrypted with that customer's key
 * (SPEC §4.5, §4.7). The hash chain covers the stored text, so destroying the key at erasure makes
 * them unreadable while every entry still verifies and still says who did what, when.
 */
export interface PersonalCipher {
  seal(customerId: number, json: string): string;
  /** The values, or `{ erased: true }` once the customer's key is destroyed. */
  open(customerId: number | null, stored: string): unknown;
}

const prefix = 'enc:v1:';

export const erasedPersonal = { erased: true } as const;

export function createPersonalCipher(keys: CustomerKeys): PersonalCipher {
  return {
    seal: (customerId, json) => prefix + keys.encrypt(customerId, json).toString('base64'),
    open(customerId, stored) {
      if (!stored.startsWith(prefix)) return JSON.parse(stored) as unknown;
      if (customerId === null) throw new Error('An encrypted audit value without its customer.');
      try {
        return JSON.parse(keys.decrypt(customerId, Buffer.from(stored.slice(prefix.length), 'base64')).toString('utf8')) as unknown;
      } catch (error) {
        if (error instanceof AppError && error.code === 'customer_keys.destroyed') return erasedPersonal;
        throw error;
      }
    },
  };
}

/** Without keys (the verify CLI, which never reads values): plain JSON only. */
export const plainPersonal: PersonalCipher = {
  seal: (_customerId, json) => json,
  open: (_customerId, stored) => (stored.startsWith(prefix) ? erasedPersonal : (JSON.parse(stored) as unknown)),
};
