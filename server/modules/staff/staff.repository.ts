import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { countRows, type Database_ } from '../../../db/client.js';
import { containsText } from '../../../db/like.js';
import { staff, staffRecoveryCodes, type StaffRole } from '../../../db/schema/staff.js';
import { filterMap, sortMap, type ListQueryOf } from '../../http/list-query.js';
import { staffListContract, type StaffListFilter } from './staff.schemas.js';

// What the API shows of a staff account: never the password hash or the TOTP secret.
const publicColumns = {
  id: staff.id,
  email: staff.email,
  displayName: staff.displayName,
  role: staff.role,
  isActive: staff.isActive,
  lockedUntil: staff.lockedUntil,
  failedLogins: staff.failedLogins,
  twoFactorEnabled: sql<boolean>`${staff.totpSecret} IS NOT NULL`.mapWith(Boolean),
  // An account whose owner has not set a password yet (an invitation not used).
  hasPassword: sql<boolean>`${staff.passwordHash} <> ''`.mapWith(Boolean),
  /** What waits for a lead or compliance officer on this account (staff_approvals). */
  pendingApprovals: sql<string | null>`(SELECT group_concat(a.kind) FROM staff_approvals a WHERE a.staff_id = "staff"."id" AND a.status = 'pending')`,
  createdAt: staff.createdAt,
  updatedAt: staff.updatedAt,
  version: staff.version,
};
const sortColumns = sortMap(staffListContract, {
  id: staff.id,
  email: staff.email,
  displayName: staff.displayName,
  role: staff.role,
  createdAt: staff.createdAt,
});
const conditionsOf = filterMap(staffListContract, {
  role: (role) => eq(staff.role, role),
  isActive: (isActive) => eq(staff.isActive, isActive),
  q: (text) => or(containsText(staff.email, text), containsText(staff.displayName, text)),
});

export type StaffRecord = Awaited<ReturnType<ReturnType<typeof createStaffRepository>['findById']>>;
/** A staff account as the API sends it (the UI imports this type). */
export type StaffMember = NonNullable<StaffRecord>;

export function createStaffRepository({ db }: Database_) {
  function where(filter: StaffListFilter & { id?: number[] }): SQL | undefined {
    const parts: SQL[] = conditionsOf(filter);
    if (filter.id) parts.push(inArray(staff.id, filter.id));
    return parts.length > 0 ? and(...parts) : undefined;
  }

  const findById = (id: number) => db.select(publicColumns).from(staff).where(eq(staff.id, id)).get();

  return {
    list(query: ListQueryOf<typeof staffListContract>) {
      const condition = where(query.filter);
      const column = sortColumns[query.sort.field];
      const rows = db
        .select(publicColumns)
        .from(staff)
        .where(condition)
        .orderBy(query.sort.order === 'asc' ? asc(column) : desc(column), asc(staff.id))
        .limit(query.limit)
        .offset(query.offset)
        .all();
      return { rows, total: countRows(db, staff, condition) };
    },
    /** Active administrators other than `exceptId`: the console must always keep one. */
    countOtherActiveAdmins: (exceptId: number) =>
      db
        .select({ n: count() })
        .from(staff)
        .where(and(eq(staff.role, 'admin'), eq(staff.isActive, true), sql`${staff.id} <> ${exceptId}`))
        .get()?.n ?? 0,
    /** No usable password until the owner sets one through a link (Argon2 verification of '' fails). */
    clearPassword: (id: number, now: string) => db.update(staff).set({ passwordHash: '', updatedAt: now }).where(eq(staff.id, id)).run(),
    /** Forgets the authenticator and its recovery codes: the person enrols again at next sign-in. */
    clearTwoFactor(id: number, now: string) {
      db.update(staff)
        .set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null, totpEnrolledAt: null, updatedAt: now })
        .where(eq(staff.id, id))
        .run();
      db.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.staffId, id)).run();
    },
    findById,
    findByEmail: (email: string) => db.select(publicColumns).from(staff).where(eq(staff.email, email)).get(),
    insert: (values: typeof staff.$inferInsert) => {
      const { id } = db.insert(staff).values(values).returning({ id: staff.id }).get();
      return findById(id) as NonNullable<ReturnType<typeof findById>>;
    },
    /** Updates only when the version still matches; undefined means someone changed it first. */
    updateAtVersion(id: number, version: number, values: Partial<typeof staff.$inferInsert>) {
      const updated = db
        .update(staff)
        .set({ ...values, version: version + 1 })
        .where(and(eq(staff.id, id), eq(staff.version, version)))
        .returning({ id: staff.id })
        .get();
      return updated ? findById(id) : undefined;
    },
    /** Sets a role without the version check: an approved grant applies whatever was edited meanwhile. */
    setRole: (id: number, role: StaffRole, now: string) =>
      db
        .update(staff)
        .set({ role, updatedAt: now, version: sql`${staff.version} + 1` })
        .where(eq(staff.id, id))
        .run(),
  };
}
