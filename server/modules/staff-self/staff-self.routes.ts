import { z } from 'zod';
import { authOf, type RouteDefinition } from '../../http/routes.js';
import type { RequestHandler } from 'express';
import { parseOr400 } from '../../http/validate.js';
import { changePasswordBody, sessionIdParam } from './staff-self.schemas.js';
import type { StaffSelf } from './staff-self.service.js';
import { ownSessionSchema, passwordChangedSchema } from './staff-self.views.js';

export function staffSelfRoutes(self: StaffSelf, failedAttemptLimit: RequestHandler): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/auth/sessions',
      access: 'signed-in',
      schemas: { response: z.array(ownSessionSchema) },
      handler: (req, res) => res.json(self.sessions(authOf(req))),
    },
    {
      method: 'post',
      path: '/api/auth/sessions/:id/end',
      access: 'signed-in',
      schemas: { params: { id: sessionIdParam }, body: null, response: null },
      handler: (req, res) => {
        self.endSession(authOf(req), parseOr400(sessionIdParam, req.params.id, 'session'));
        res.status(204).end();
      },
    },
    {
      method: 'post',
      path: '/api/auth/password',
      access: 'signed-in',
      schemas: { body: changePasswordBody, response: passwordChangedSchema },
      // A wrong current password counts against the per-address limit, like a failed sign-in.
      before: [failedAttemptLimit],
      handler: async (req, res) => res.json(await self.changePassword(authOf(req), parseOr400(changePasswordBody, req.body, 'password change'))),
    },
  ];
}
