import { eq, sql } from 'drizzle-orm';
import type { Database_ } from '../../../db/client.js';
import { customers } from '../../../db/schema/customers.js';
import { staleVersion } from '../../http/errors.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import { foldSearchKey } from '../customers/query/search-keys.js';
import * as errors from './gdpr.errors.js';
import type { RectifiableFields, RectifyBody } from './gdpr.schemas.js';
import type { GdprService } from './gdpr.service.js';

type Field = keyof RectifiableFields;

/**
 * Rectification (Art. 16): the account's own fields corrected from a verified request. One audited
 * change on the account; the before/after values are personal, so they go in the entry's `personal`
 * part (sealed with the customer's key) and `details` names only the fields changed.
 */
export function createGdprRectification({ database, changes, service }: { database: Database_; changes: AuditedChanges; service: GdprService }) {
  const { db } = database;

  function rectify(actor: AuditActor, id: number, body: RectifyBody) {
    changes.apply((change) => {
      let before: Record<string, unknown> = {};
      let after: Record<string, unknown> = {};
      const { after: request } = service.step(change, id, body.version, (row) => {
        if (row.right !== 'rectification') throw errors.wrongRight('rectify the account', row.right);
        if (row.status !== 'in_progress' || !row.identityVerifiedAt || row.customerId === null) throw errors.identityNotVerified();
        const account = db.select().from(customers).where(eq(customers.id, row.customerId)).get();
        if (!account || account.state === 'erased') throw errors.notLinked();
        if (account.version !== body.customerVersion) throw staleVersion();
        const changed = (Object.keys(body.changes) as Field[]).filter((field) => (body.changes[field] ?? null) !== (account[field] ?? null));
        if (changed.length === 0) throw errors.nothingToRectify();
        before = Object.fromEntries(changed.map((field) => [field, account[field] ?? null]));
        after = Object.fromEntries(changed.map((field) => [field, body.changes[field] ?? null]));
        const next = { ...account, ...body.changes };
        db.update(customers)
          .set({
            ...after,
            // The search keys follow the names they are folded from.
            lastNameKey: foldSearchKey(next.lastName),
            firstNameKey: foldSearchKey(next.firstName),
            organisationKey: next.organisation === null ? null : foldSearchKey(next.organisation),
            updatedAt: change.nowIso,
            version: sql`${customers.version} + 1`,
          })
          .where(eq(customers.id, account.id))
          .run();
        return {};
      });
      return {
        result: null,
        audit: service.entry(actor, request, 'gdpr.rectify', { fields: Object.keys(after) }, { personal: { before, after } }),
      };
    });
  }

  return { rectify };
}

export type GdprRectification = ReturnType<typeof createGdprRectification>;
