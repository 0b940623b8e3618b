import type { Database_ } from '../../../db/client.js';
import type { StaffRole } from '../../../db/schema/staff.js';
import type { ListQuery } from '../../http/list-query.js';
import { plainPersonal, type PersonalCipher } from './audit-personal.js';
import { entryHash, genesisHash } from './audit-chain.js';
import { createAuditRepository } from './audit.repository.js';
import type { AuditListFilter } from './audit.schemas.js';

export interface AuditActor {
  id: number;
  role: StaffRole;
}

export interface AuditEntryInput {
  actor: AuditActor | null;
  action: string;
  targetType: string;
  targetId?: string | number | null;
  customerId?: number | null;
  ticketRef?: string | null;
  reason?: string | null;
  /** Before/after and context without personal data. */
  details?: Record<string, unknown>;
  /** Personal values (e-mails, names, addresses), kept apart so they can be encrypted per customer. */
  personal?: Record<string, unknown> | null;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBad?: { id: number; problem: string };
}

export function createAuditLog(database: Database_, cipher: PersonalCipher = plainPersonal) {
  const repository = createAuditRepository(database);

  const sealPersonal = (customerId: number | null, json: string) => (customerId === null ? json : cipher.seal(customerId, json));

  /**
   * Appends one entry. Only the audited change (audited-change.ts) calls this, inside the transaction
   * of the change it records, with the change's own clock reading.
   */
  function append(input: AuditEntryInput, at: string): number {
    if (!database.sqlite.inTransaction) throw new Error('An audit entry must be written inside the transaction of its change.');
    const last = repository.last();
    const fields = {
      id: (last?.id ?? 0) + 1,
      at,
      actorId: input.actor?.id ?? null,
      actorRole: input.actor?.role ?? null,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId === undefined || input.targetId === null ? null : String(input.targetId),
      customerId: input.customerId ?? null,
      ticketRef: input.ticketRef ?? null,
      reason: input.reason ?? null,
      details: JSON.stringify(input.details ?? {}),
      // About a customer: sealed with the customer's key (crypto-shredded at erasure); otherwise plain.
      personal: input.personal ? sealPersonal(input.customerId ?? null, JSON.stringify(input.personal)) : null,
    };
    const prevHash = last?.hash ?? genesisHash;
    repository.insert({ ...fields, prevHash, hash: entryHash(prevHash, fields) });
    return fields.id;
  }

  /** Walks the whole chain; names the first entry whose link or content does not match. */
  function verify(): VerifyResult {
    let expectedPrev = genesisHash;
    let expectedId = 1;
    let checked = 0;
    for (const entry of repository.iterateAll()) {
      let problem: string | null = null;
      if (entry.id !== expectedId) problem = `entry ${expectedId} is missing (next is ${entry.id})`;
      else if (entry.prevHash !== expectedPrev) problem = 'its link to the previous entry does not match';
      else if (entryHash(entry.prevHash, entry) !== entry.hash) problem = 'its content does not match its hash';
      if (problem) return { ok: false, checked, firstBad: { id: entry.id, problem } };
      expectedPrev = entry.hash;
      expectedId = entry.id + 1;
      checked += 1;
    }
    return { ok: true, checked };
  }

  function list(query: ListQuery<AuditListFilter>) {
    const page = repository.list(query);
    return {
      total: page.total,
      rows: page.rows.map((row) => ({
        ...row,
        details: JSON.parse(row.details) as unknown,
        personal: row.personal ? cipher.open(row.customerId, row.personal) : null,
      })),
    };
  }

  /** Reads one entry's personal values (decrypted, or `{ erased: true }`). */
  const openPersonal = (customerId: number | null, stored: string | null) => (stored ? cipher.open(customerId, stored) : null);

  return { append, verify, list, openPersonal };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
