import { and, asc, desc, eq, inArray, like, or, type SQL } from 'drizzle-orm';
import { countRows, type Database_ } from '../../../db/client.js';
import { staff } from '../../../db/schema/staff.js';
import type { ListQuery } from '../../http/list-query.js';
import type { StaffListFilter } from './staff.schemas.js';

// What the API shows of a staff account: never the password hash or the TOTP secret.
const publicColumns = {
  id: staff.id,
  email: staff.email,
  displayName: staff.displayName,
  role: staff.role,
  isActive: staff.isActive,
  lockedUntil: staff.lockedUntil,
  createdAt: staff.createdAt,
  updatedAt: staff.updatedAt,
  version: staff.version,
};
const sortColumns = { id: staff.id, email: staff.email, displayName: staff.displayName, role: staff.role, createdAt: staff.createdAt };

export type StaffRecord = Awaited<ReturnType<ReturnType<typeof createStaffRepository>['findById']>>;
/** A staff account as the API sends it (the UI imports this type). */
export type StaffMember = NonNullable<StaffRecord>;

export function createStaffRepository({ db }: Database_) {
  function where(filter: StaffListFilter & { id?: number[] }): SQL | undefined {
    const parts: SQL[] = [];
    if (filter.id) parts.push(inArray(staff.id, filter.id));
    if (filter.role) parts.push(eq(staff.role, filter.role));
    if (filter.isActive !== undefined) parts.push(eq(staff.isActive, filter.isActive));
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
      const match = or(like(staff.email, pattern), like(staff.displayName, pattern));
      if (match) parts.push(match);
    }
    return parts.length > 0 ? and(...parts) : undefined;
  }

  return {
    list(query: ListQuery<StaffListFilter>) {
      const condition = where(query.filter);
      const column = sortColumns[query.sort.field as keyof typeof sortColumns];
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
    findById: (id: number) => db.select(publicColumns).from(staff).where(eq(staff.id, id)).get(),
    findByEmail: (email: string) => db.select(publicColumns).from(staff).where(eq(staff.email, email)).get(),
    insert: (values: typeof staff.$inferInsert) => db.insert(staff).values(values).returning(publicColumns).get(),
    /** Updates only when the version still matches; undefined means someone changed it first. */
    updateAtVersion: (id: number, version: number, values: Partial<typeof staff.$inferInsert>) =>
      db
        .update(staff)
        .set({ ...values, version: version + 1 })
        .where(and(eq(staff.id, id), eq(staff.version, version)))
        .returning(publicColumns)
        .get(),
  };
}
