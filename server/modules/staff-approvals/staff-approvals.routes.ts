import { listRoute, recordRoute, parseRecordId } from '../../http/list-query.js';
import { actorOf, type RouteDefinition } from '../../http/routes.js';
import { staffApprovalListContract } from './staff-approvals.schemas.js';
import type { StaffApprovals } from './staff-approvals.service.js';
import { approvedSchema, staffApprovalSchema } from './staff-approvals.views.js';

export function staffApprovalsRoutes(approvals: StaffApprovals): RouteDefinition[] {
  return [
    listRoute({ access: 'staff.approve', contract: staffApprovalListContract, list: approvals.list, row: staffApprovalSchema }),
    recordRoute({ resource: 'staff-approvals', access: 'staff.approve', get: approvals.get, response: staffApprovalSchema }),
    {
      method: 'post',
      path: '/api/staff-approvals/:id/approve',
      access: 'staff.approve',
      schemas: { body: null, response: approvedSchema },
      // Granting access to customer data is among the most dangerous actions.
      reauth: true,
      handler: (req, res) => res.json(approvals.approve(actorOf(req), parseRecordId(req.params.id))),
    },
    {
      method: 'post',
      path: '/api/staff-approvals/:id/reject',
      access: 'staff.approve',
      schemas: { body: null, response: staffApprovalSchema },
      handler: (req, res) => res.json(approvals.reject(actorOf(req), parseRecordId(req.params.id))),
    },
  ];
}
