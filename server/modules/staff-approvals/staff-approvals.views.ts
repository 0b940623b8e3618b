import { z } from 'zod';
import { staffApprovalKinds, staffApprovalStatuses, staffRoles } from '../../../db/schema/staff.js';
import { documentedAs, viewSchema } from '../../http/views.js';
import { issuedLinkSchema } from '../staff/staff.views.js';
import type { StaffApproval } from './staff-approvals.repository.js';
import type { StaffApprovals } from './staff-approvals.service.js';

// Approval requests as the API sends them, for the OpenAPI document; checked against the views' types.

export const staffApprovalSchema = documentedAs(
  'StaffApproval',
  viewSchema<StaffApproval>()(
    z.object({
      id: z.number().int(),
      staffId: z.number().int(),
      staffEmail: z.string(),
      staffDisplayName: z.string(),
      currentRole: z.enum(staffRoles),
      kind: z.enum(staffApprovalKinds),
      role: z.enum(staffRoles).nullable(),
      status: z.enum(staffApprovalStatuses),
      requestedBy: z.number().int().nullable(),
      requestedByName: z.string().nullable(),
      requestedAt: z.string(),
      decidedBy: z.number().int().nullable(),
      decidedByName: z.string().nullable(),
      decidedAt: z.string().nullable(),
    }),
  ),
);

/** An approval carries out the request: a link to set a password may be issued, shown once. */
export const approvedSchema = viewSchema<ReturnType<StaffApprovals['approve']>>()(
  staffApprovalSchema.extend({ issuedLink: issuedLinkSchema.nullable(), linkMailed: z.boolean() }),
);
