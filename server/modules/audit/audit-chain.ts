import { createHash } from 'node:crypto';

export const genesisHash = '0'.repeat(64);

/** The stored columns an entry's hash covers, in a fixed order. */
export interface ChainedEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  customerId: number | null;
  ticketRef: string | null;
  reason: string | null;
  details: string;
  personal: string | null;
}

// The hash covers the stored text of `personal`; once that text is ciphertext (GDPR issue),
// destroying a customer's key erases the data without breaking the chain.
export function entryHash(prevHash: string, e: ChainedEntry): string {
  const fields = [e.id, e.at, e.actorId, e.actorRole, e.action, e.targetType, e.targetId, e.customerId, e.ticketRef, e.reason, e.details, e.personal];
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}
