import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { countRows, type Database_ } from '../../../db/client.js';
import { staff, staffApprovals, type StaffApprovalKind, type StaffApprovalStatus, type StaffRole } from '../../../db/schema/staff.js';
import { filterMap, sortMap, type ListQueryOf } from '../../http/list-query.js';
import { staffApprovalListContract, type StaffApprovalListFilter } from './staff-approvals.schemas.js';

const person = alias(staff, 'person');
const requester = alias(staff, 'requester');
const decider = alias(staff, 'decider');

// What the approver needs to judge the request: who it is for, what is asked, who asked.
const columns = {
  id: staffApprovals.id,
  staffId: staffApprovals.staffId,
  staffEmail: person.email,
  staffDisplayName: person.displayName,
  currentRole: person.role,
  kind: staffApprovals.kind,
  role: staffApprovals.role,
  status: staffApprovals.status,
  requestedBy: staffApprovals.requestedBy,
  requestedByName: requester.displayName,
  requestedAt: staffApprovals.requestedAt,
  decidedBy: staffApprovals.decidedBy,
  decidedByName: decider.displayName,
  decidedAt: staffApprovals.decidedAt,
};
const sortColumns = sortMap(staffApprovalListContract, { id: staffApprovals.id, requestedAt: staffApprovals.requestedAt, status: staffApprovals.status });
const conditionsOf = filterMap(staffApprovalListContract, {
  status: (status) => eq(staffApprovals.status, status),
  kind: (kind) => eq(staffApprovals.kind, kind),
});

export function createStaffApprovalsRepository({ db }: Database_) {
  const base = () =>
    db
      .select(columns)
      .from(staffApprovals)
      .innerJoin(person, eq(person.id, staffApprovals.staffId))
      .leftJoin(requester, eq(requester.id, staffApprovals.requestedBy))
      .leftJoin(decider, eq(decider.id, staffApprovals.decidedBy));

  function where(filter: StaffApprovalListFilter & { id?: number[] }): SQL | undefined {
    const parts: SQL[] = conditionsOf(filter);
    if (filter.id) parts.push(inArray(staffApprovals.id, filter.id));
    return parts.length > 0 ? and(...parts) : undefined;
  }

  const findById = (id: number) => base().where(eq(staffApprovals.id, id)).get();

  return {
    list(query: ListQueryOf<typeof staffApprovalListContract>) {
      const condition = where(query.filter);
      const column = sortColumns[query.sort.field];
      const rows = base()
        .where(condition)
        .orderBy(query.sort.order === 'asc' ? asc(column) : desc(column), desc(staffApprovals.id))
        .limit(query.limit)
        .offset(query.offset)
        .all();
      return { rows, total: countRows(db, staffApprovals, condition) };
    },
    findById,
    /** Undefined when a request of this kind already waits for the account (the partial unique index). */
    insertPending(values: { staffId: number; kind: StaffApprovalKind; role: StaffRole | null; requestedBy: number | null; now: string }) {
      const inserted = db
        .insert(staffApprovals)
        .values({ staffId: values.staffId, kind: values.kind, role: values.role, requestedBy: values.requestedBy, requestedAt: values.now })
        .onConflictDoNothing()
        .returning({ id: staffApprovals.id })
        .get();
      return inserted ? findById(inserted.id) : undefined;
    },
    /** Decides a pending request; undefined when it was no longer pending (decided by someone else first). */
    decide(id: number, status: Exclude<StaffApprovalStatus, 'pending'>, decidedBy: number, now: string) {
      const decided = db
        .update(staffApprovals)
        .set({ status, decidedBy, decidedAt: now })
        .where(and(eq(staffApprovals.id, id), eq(staffApprovals.status, 'pending')))
        .returning({ id: staffApprovals.id })
        .get();
      return decided ? findById(decided.id) : undefined;
    },
  };
}

export type StaffApproval = NonNullable<ReturnType<ReturnType<typeof createStaffApprovalsRepository>['findById']>>;
