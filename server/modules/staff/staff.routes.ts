import { listRoute, parseRecordId } from '../../http/list-query.js';
import { actorOf, type RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { createStaffBody, staffListContract, updateStaffBody } from './staff.schemas.js';
import type { StaffService } from './staff.service.js';

export function staffRoutes(service: StaffService): RouteDefinition[] {
  return [
    listRoute({ access: 'staff.manage', contract: staffListContract, list: service.list }),
    { method: 'get', path: '/api/staff/:id', access: 'staff.manage', handler: (req, res) => res.json(service.get(parseRecordId(req.params.id))) },
    {
      method: 'post',
      path: '/api/staff',
      access: 'staff.manage',
      // Creating an account grants a role.
      reauth: true,
      handler: async (req, res) => res.status(201).json(await service.create(actorOf(req), parseOr400(createStaffBody, req.body, 'staff account'))),
    },
    {
      method: 'put',
      path: '/api/staff/:id',
      access: 'staff.manage',
      // Role changes, deactivation and password resets pass here.
      reauth: true,
      handler: async (req, res) =>
        res.json(await service.update(actorOf(req), parseRecordId(req.params.id), parseOr400(updateStaffBody, req.body, 'staff account'))),
    },
  ];
}
