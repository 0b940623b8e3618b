import { z } from 'zod';
import { filterDate, filterText, recordId, type ListContract } from '../../http/list-query.js';

const filters = {
  actorId: recordId.optional(),
  action: filterText.optional(),
  customerId: recordId.optional(),
  ticketRef: filterText.optional(),
  targetType: filterText.optional(),
  targetId: filterText.optional(),
  at_gte: filterDate.optional(),
  at_lte: filterDate.optional(),
};

export const auditListContract: ListContract<typeof filters> = {
  resource: 'audit-log',
  sortFields: ['id'],
  defaultSort: ['id', 'DESC'],
  filters,
};

export type AuditListFilter = z.infer<z.ZodObject<typeof filters>>;
