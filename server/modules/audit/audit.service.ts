import type { Database_ } from '../../../db/client.js';
import type { StaffRole } from '../../../db/schema/staff.js';
import { notFound } from '../../http/errors.js';
import { sortMap, type ListQueryOf } from '../../http/list-query.js';
import { plainPersonal, type PersonalCipher } from './audit-personal.js';
import { entryHash, genesisHash } from './audit-chain.js';
import { createAuditRepository, type AuditSelection, type StoredEntry } from './audit.repository.js';
import { auditListContract, type AuditListFilter } from './audit.schemas.js';
import { toDetail, toListRow } from './audit-view.js';

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

/** Called inside the transaction of each appended entry (e.g. the review queue's sampling). */
export type AppendListener = (entry: StoredEntry) => void;

interface AuditLogOptions {
  /** A NIC-handle or customer code as typed → the customer's id (null: no such customer). */
  resolveCustomer?: (text: string) => number | null;
}

export const auditEntryNotFound = () => notFound('audit.not_found', 'No audit entry has this number.');

// The log is read along its id (and the (column, id) indexes): each sort field says which way.
const newestFirst = sortMap(auditListContract, { id: (order: 'asc' | 'desc') => order === 'desc' });

export function createAuditLog(database: Database_, cipher: PersonalCipher = plainPersonal, options: AuditLogOptions = {}) {
  const repository = createAuditRepository(database);
  const listeners: AppendListener[] = [];

  const sealPersonal = (customerId: number | null, json: string) => (customerId === null ? json : cipher.seal(customerId, json));

  /**
   * Appends one entry. Only the audited change (audited-change.ts) calls this, inside the transaction
   * of the change it records, with the change's own clock reading. The time never goes backwards along
   * the chain (a clock stepped back keeps the previous entry's time), so a date range is an id range.
   */
  function append(input: AuditEntryInput, at: string): number {
    if (!database.sqlite.inTransaction) throw new Error('An audit entry must be written inside the transaction of its change.');
    const last = repository.last();
    const fields = {
      id: (last?.id ?? 0) + 1,
      at: last && last.at > at ? last.at : at,
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
    const entry = { ...fields, prevHash, hash: entryHash(prevHash, fields) };
    repository.insert(entry);
    for (const listener of listeners) listener(entry);
    return fields.id;
  }

  /** The filters as an index-friendly selection; null when it is empty for sure (unknown customer, empty range). */
  function selectionOf(filter: AuditListFilter & { id?: number[] }): AuditSelection | null {
    const { customer, at_gte, at_lte, id, ...equal } = filter;
    if (customer) {
      const customerId = options.resolveCustomer?.(customer) ?? null;
      if (customerId === null || (equal.customerId !== undefined && equal.customerId !== customerId)) return null;
      equal.customerId = customerId;
    }
    const head = repository.last()?.id ?? 0;
    const loId = at_gte ? repository.firstIdAtOrAfter(at_gte) : 1;
    const hiId = at_lte ? repository.lastIdAtOrBefore(at_lte) : head;
    if (loId === null || hiId === null || hiId < loId) return null;
    return { equal, ids: id, loId, hiId };
  }

  function list(query: ListQueryOf<typeof auditListContract>) {
    const selection = selectionOf(query.filter);
    if (!selection) return { rows: [], total: 0 };
    const page = repository.page(selection, { offset: query.offset, limit: query.limit, newestFirst: newestFirst[query.sort.field](query.sort.order) });
    return { ...page, rows: page.rows.map(toListRow) };
  }

  /** Reads one entry's personal values (decrypted, or `{ erased: true }`). */
  const openPersonal = (customerId: number | null, stored: string | null) => (stored ? cipher.open(customerId, stored) : null);

  function entryOf(id: number) {
    const entry = repository.byId(id);
    if (!entry) throw auditEntryNotFound();
    return entry;
  }

  return {
    append,
    onAppend: (listener: AppendListener) => void listeners.push(listener),
    list,
    selectionOf,
    /** One entry with its readable diff; personal values masked. */
    get: (id: number) => {
      const entry = entryOf(id);
      return toDetail(entry, openPersonal(entry.customerId, entry.personal), false);
    },
    /** The same with personal values: only through the audited reveal (POST /api/audit-log/:id/reveal). */
    revealed: (id: number) => {
      const entry = entryOf(id);
      return toDetail(entry, openPersonal(entry.customerId, entry.personal), true);
    },
    openPersonal,
    repository,
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
