import type { RequestHandler } from 'express';
import { AppError } from '../../http/errors.js';
import type { RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { setPasswordBody } from './staff-links.schemas.js';
import type { StaffLinks } from './staff-links.service.js';
import { passwordSetSchema } from '../staff/staff.views.js';

export function staffLinksRoutes(links: StaffLinks, failedAttemptLimit: RequestHandler): RouteDefinition[] {
  return [
    {
      // Public: the person is not signed in yet. The token is 256 random bits; failures still count
      // against the per-address limit.
      method: 'post',
      path: '/api/auth/set-password',
      access: 'public',
      schemas: { body: setPasswordBody, response: passwordSetSchema },
      before: [failedAttemptLimit],
      handler: async (req, res) => {
        if (!req.is('application/json')) throw new AppError(415, 'request.json_required', 'Send the new password as application/json.');
        res.json(await links.setPassword(parseOr400(setPasswordBody, req.body, 'new password')));
      },
    },
  ];
}
