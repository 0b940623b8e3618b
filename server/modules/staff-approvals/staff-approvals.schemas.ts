import { z } from 'zod';
import { staffApprovalKinds, staffApprovalStatuses } from '../../../db/schema/staff.js';
import { listContract } from '../../http/list-query.js';

const filters = { status: z.enum(staffApprovalStatuses).optional(), kind: z.enum(staffApprovalKinds).optional() };
export const staffApprovalListContract = listContract({
  resource: 'staff-approvals',
  sortFields: ['id', 'requestedAt', 'status'],
  defaultSort: ['requestedAt', 'DESC'],
  filters,
});
export type StaffApprovalListFilter = z.infer<z.ZodObject<typeof filters>>;
