import { z } from 'zod';
import { staffRoles } from '../../../db/schema/staff.js';
import { filterSince, filterUntil, filterText, listContract, recordId } from '../../http/list-query.js';

const filters = {
  actorId: recordId.optional(),
  actorRole: z.enum(staffRoles).optional(),
  action: filterText.optional(),
  /** A NIC-handle or customer code as typed (any case, with or without suffix or dashes). */
  customer: filterText.optional(),
  customerId: recordId.optional(),
  ticketRef: filterText.optional(),
  targetType: filterText.optional(),
  targetId: filterText.optional(),
  at_gte: filterSince.optional(),
  at_lte: filterUntil.optional(),
};

export const auditListContract = listContract({
  resource: 'audit-log',
  sortFields: ['id'],
  defaultSort: ['id', 'DESC'],
  filters,
  rules: [
    {
      // A target number means nothing without its kind (customer 42, staff 42…), and alone it would walk the whole log.
      description: 'targetId needs targetType.',
      check: (filter) =>
        filter.targetId !== undefined && filter.targetType === undefined
          ? { field: 'targetType', message: 'A target number needs its target type (customer, staff, email_claim…)' }
          : undefined,
    },
  ],
});

export type AuditListFilter = z.infer<z.ZodObject<typeof filters>>;

/** The equality filters the repository knows, once `customer` is resolved to an id. */
export type AuditEqualityFilter = Omit<AuditListFilter, 'customer' | 'at_gte' | 'at_lte'>;

/** Signed checkpoints by number (their order of signing), newest first unless asked; the primary key serves both directions. */
export const checkpointListContract = listContract({ resource: 'audit-checkpoints', sortFields: ['id'], defaultSort: ['id', 'DESC'], filters: {} });

/** `GET /api/audit-log/export.csv?filter=...`: the list's filters, no paging (the whole selection). */
export const auditExportQuery = z.object({ filter: z.string().max(4000).optional() }).strict();
