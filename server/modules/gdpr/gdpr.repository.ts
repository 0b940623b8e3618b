import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Database_ } from '../../../db/client.js';
import { customers } from '../../../db/schema/customers.js';
import { gdprRequestFiles, gdprRequests } from '../../../db/schema/gdpr.js';
import { createAccountRecordsRepository } from '../account-records/account-records.repository.js';
import { gdprRequestRecords } from './gdpr.schemas.js';

export type GdprRequestRow = typeof gdprRequests.$inferSelect;
export type GdprRequestFileRow = typeof gdprRequestFiles.$inferSelect;
type RequestChanges = Partial<Omit<GdprRequestRow, 'id' | 'version' | 'createdAt' | 'createdBy'>>;

export function createGdprRepository(database: Database_) {
  const { db } = database;
  const list = createAccountRecordsRepository(database, gdprRequestRecords);
  return {
    list: list.list,
    load: (id: number) => db.select().from(gdprRequests).where(eq(gdprRequests.id, id)).get(),
    insert: (values: typeof gdprRequests.$inferInsert) => db.insert(gdprRequests).values(values).returning().get(),
    /** Optimistic concurrency: false when someone changed the request since `version`. */
    updateAtVersion(id: number, version: number, changes: RequestChanges, now: string): boolean {
      const result = db
        .update(gdprRequests)
        .set({ ...changes, updatedAt: now, version: sql`${gdprRequests.version} + 1` })
        .where(and(eq(gdprRequests.id, id), eq(gdprRequests.version, version)))
        .run();
      return result.changes === 1;
    },
    customerSummary: (id: number) =>
      db
        .select({
          id: customers.id,
          nicHandle: customers.nicHandle,
          firstName: customers.firstName,
          lastName: customers.lastName,
          organisation: customers.organisation,
          primaryEmail: customers.primaryEmail,
          language: customers.language,
          state: customers.state,
          processingRestricted: customers.processingRestricted,
          version: customers.version,
        })
        .from(customers)
        .where(eq(customers.id, id))
        .get(),
    customerSummaries(ids: number[]) {
      if (ids.length === 0) return [];
      return db
        .select({
          id: customers.id,
          nicHandle: customers.nicHandle,
          firstName: customers.firstName,
          lastName: customers.lastName,
          organisation: customers.organisation,
        })
        .from(customers)
        .where(inArray(customers.id, ids))
        .all();
    },
    setProcessingRestricted: (customerId: number, restricted: boolean, now: string) =>
      db
        .update(customers)
        .set({ processingRestricted: restricted, updatedAt: now, version: sql`${customers.version} + 1` })
        .where(eq(customers.id, customerId))
        .run(),
    withoutClockDueOn: () =>
      db
        .select({
          id: gdprRequests.id,
          receivedOn: gdprRequests.receivedOn,
          pausedDays: gdprRequests.pausedDays,
          extensionMonths: gdprRequests.extensionMonths,
        })
        .from(gdprRequests)
        .where(isNull(gdprRequests.clockDueOn))
        .all(),
    setClockDueOn: (id: number, clockDueOn: string) => db.update(gdprRequests).set({ clockDueOn }).where(eq(gdprRequests.id, id)).run(),
    openRequests: () =>
      db
        .select()
        .from(gdprRequests)
        .where(notInArray(gdprRequests.status, ['completed', 'refused']))
        .all(),
    openRequestsOf: (customerId: number) =>
      db
        .select()
        .from(gdprRequests)
        .where(and(eq(gdprRequests.customerId, customerId), notInArray(gdprRequests.status, ['completed', 'refused'])))
        .all(),
    files: (requestId: number) => db.select().from(gdprRequestFiles).where(eq(gdprRequestFiles.requestId, requestId)).orderBy(gdprRequestFiles.id).all(),
    file: (requestId: number, fileId: number) =>
      db
        .select()
        .from(gdprRequestFiles)
        .where(and(eq(gdprRequestFiles.requestId, requestId), eq(gdprRequestFiles.id, fileId)))
        .get(),
    insertFile: (values: typeof gdprRequestFiles.$inferInsert) => db.insert(gdprRequestFiles).values(values).returning().get(),
  };
}

export type GdprRepository = ReturnType<typeof createGdprRepository>;
