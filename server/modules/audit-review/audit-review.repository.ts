import type { Statement } from 'better-sqlite3';
import type { Database_ } from '../../../db/client.js';
import { sortMap, type SortOrder } from '../../http/list-query.js';
import { reviewListContract } from './audit-review.schemas.js';

export interface ReviewRow {
  id: number;
  auditId: number;
  actorId: number;
  actorName: string | null;
  customerId: number | null;
  customerHandle: string | null;
  action: string;
  at: string;
  reasons: string[];
  outcome: 'fine' | 'follow_up' | null;
  note: string | null;
  reviewedBy: number | null;
  reviewedAt: string | null;
}

const columns = `r.audit_id AS id, r.audit_id AS auditId, r.actor_id AS actorId, s.display_name AS actorName, r.customer_id AS customerId,
  c.nic_handle AS customerHandle, r.action, r.at, r.reasons, r.outcome, r.note, r.reviewed_by AS reviewedBy, r.reviewed_at AS reviewedAt`;
const from = 'audit_reviews r LEFT JOIN staff s ON s.id = r.actor_id LEFT JOIN customers c ON c.id = r.customer_id';

type Raw = Omit<ReviewRow, 'reasons'> & { reasons: string };
const decode = (row: Raw): ReviewRow => ({ ...row, reasons: JSON.parse(row.reasons) as string[] });

export function createAuditReviewRepository({ sqlite }: Database_) {
  const sameAccount = sqlite
    .prepare<[number, number, number], number>('SELECT count(*) FROM audit_log WHERE customer_id = ? AND id >= ? AND actor_id = ?')
    .pluck();
  const accountsSince = sqlite
    .prepare<[number, number], number>('SELECT count(DISTINCT customer_id) FROM audit_log WHERE actor_id = ? AND id >= ? AND customer_id IS NOT NULL')
    .pluck();
  const insert = sqlite.prepare(
    'INSERT INTO audit_reviews (audit_id, actor_id, customer_id, action, at, reasons) VALUES (@auditId, @actorId, @customerId, @action, @at, @reasons)',
  );
  // By entry (the order the actions happened), either way: pending walks audit_reviews_pending_idx
  // (outcome IS NULL, then audit_id); reviewed walks the primary key, skipping the pending few.
  const orders = sortMap(reviewListContract, { id: 'r.audit_id' });
  const pageOf = (where: string, order: SortOrder) =>
    sqlite.prepare<[number, number], Raw>(`SELECT ${columns} FROM ${from} WHERE ${where} ORDER BY ${orders.id} ${order} LIMIT ? OFFSET ?`);
  const pages: Record<'pending' | 'reviewed', Record<SortOrder, Statement<[number, number], Raw>>> = {
    pending: { asc: pageOf('r.outcome IS NULL', 'asc'), desc: pageOf('r.outcome IS NULL', 'desc') },
    reviewed: { asc: pageOf('r.outcome IS NOT NULL', 'asc'), desc: pageOf('r.outcome IS NOT NULL', 'desc') },
  };
  const pendingCount = sqlite.prepare<[], number>('SELECT count(*) FROM audit_reviews WHERE outcome IS NULL').pluck();
  const reviewedCount = sqlite.prepare<[], number>('SELECT count(*) FROM audit_reviews WHERE outcome IS NOT NULL').pluck();
  const oldestPending = sqlite.prepare<[], string>('SELECT at FROM audit_reviews WHERE outcome IS NULL ORDER BY audit_id LIMIT 1').pluck();
  const byId = sqlite.prepare<[number], Raw>(`SELECT ${columns} FROM ${from} WHERE r.audit_id = ?`);
  const record = sqlite.prepare(
    'UPDATE audit_reviews SET outcome = @outcome, note = @note, reviewed_by = @reviewedBy, reviewed_at = @reviewedAt WHERE audit_id = @auditId AND outcome IS NULL',
  );

  return {
    /** Actions by `actorId` on `customerId` from entry `fromId` on (the customer index, then the actor). */
    sameAccountActions: (customerId: number, actorId: number, fromId: number) => sameAccount.get(customerId, fromId, actorId) ?? 0,
    accountsSince: (actorId: number, fromId: number) => accountsSince.get(actorId, fromId) ?? 0,
    insert: (row: { auditId: number; actorId: number; customerId: number | null; action: string; at: string; reasons: string }) => insert.run(row),
    page(status: 'pending' | 'reviewed', order: SortOrder, offset: number, limit: number) {
      const rows = pages[status][order].all(limit, offset).map(decode);
      return { rows, total: (status === 'pending' ? pendingCount : reviewedCount).get() ?? 0 };
    },
    pendingSummary: () => ({ count: pendingCount.get() ?? 0, oldestAt: oldestPending.get() ?? null }),
    byId: (id: number) => {
      const row = byId.get(id);
      return row ? decode(row) : undefined;
    },
    record: (row: { auditId: number; outcome: string; note: string | null; reviewedBy: number; reviewedAt: string }) => record.run(row).changes,
  };
}
