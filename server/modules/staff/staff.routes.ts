import { listRoute, recordRoute, parseRecordId } from '../../http/list-query.js';
import { actorOf, type RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { createStaffBody, staffListContract, updateStaffBody } from './staff.schemas.js';
import type { StaffService } from './staff.service.js';
import { staffActionResultSchema, staffMemberSchema } from './staff.views.js';

export function staffRoutes(service: StaffService): RouteDefinition[] {
  return [
    listRoute({ access: 'staff.manage', contract: staffListContract, list: service.list, row: staffMemberSchema }),
    recordRoute({ resource: 'staff', access: 'staff.manage', get: service.get, response: staffMemberSchema }),
    {
      method: 'post',
      path: '/api/staff',
      access: 'staff.manage',
      schemas: { body: createStaffBody, response: staffActionResultSchema, status: 201 },
      // Creating an account grants a role.
      reauth: true,
      handler: (req, res) => res.status(201).json(service.create(actorOf(req), parseOr400(createStaffBody, req.body, 'staff account'))),
    },
    {
      method: 'put',
      path: '/api/staff/:id',
      access: 'staff.manage',
      schemas: { body: updateStaffBody, response: staffActionResultSchema },
      // Role changes, deactivation and password resets pass here.
      reauth: true,
      handler: (req, res) => res.json(service.update(actorOf(req), parseRecordId(req.params.id), parseOr400(updateStaffBody, req.body, 'staff account'))),
    },
    {
      // The owner chooses the new password through a one-time link (after approval for customer-data roles).
      method: 'post',
      path: '/api/staff/:id/reset-password',
      access: 'staff.manage',
      schemas: { body: null, response: staffActionResultSchema },
      handler: (req, res) => res.json(service.requestReset(actorOf(req), parseRecordId(req.params.id), 'password-reset')),
    },
    {
      method: 'post',
      path: '/api/staff/:id/reset-two-factor',
      access: 'staff.manage',
      schemas: { body: null, response: staffActionResultSchema },
      handler: (req, res) => res.json(service.requestReset(actorOf(req), parseRecordId(req.params.id), 'two-factor-reset')),
    },
    {
      method: 'post',
      path: '/api/staff/:id/unlock',
      access: 'staff.manage',
      schemas: { body: null, response: staffActionResultSchema },
      handler: (req, res) => res.json(service.unlock(actorOf(req), parseRecordId(req.params.id))),
    },
  ];
}
