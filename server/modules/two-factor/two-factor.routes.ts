import { authOf, type RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { confirmEnrolmentBody } from './two-factor.schemas.js';
import type { TwoFactor } from './two-factor.service.js';

// The person's own authenticator app. Reachable while enrolment is still required (beforeEnrolment).
export function twoFactorRoutes(twoFactor: TwoFactor): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/auth/two-factor',
      access: 'signed-in',
      beforeEnrolment: true,
      handler: (req, res) => res.json(twoFactor.status(authOf(req))),
    },
    {
      // Whoever holds the session for a moment must not bind their own phone to the account: the
      // password is confirmed again first (a fresh sign-in counts).
      method: 'post',
      path: '/api/auth/two-factor/enrolment',
      access: 'signed-in',
      reauth: true,
      beforeEnrolment: true,
      handler: async (req, res) => res.json(await twoFactor.startEnrolment(authOf(req))),
    },
    {
      method: 'post',
      path: '/api/auth/two-factor/enrolment/confirm',
      access: 'signed-in',
      beforeEnrolment: true,
      handler: async (req, res) =>
        res.json(await twoFactor.confirmEnrolment(authOf(req), parseOr400(confirmEnrolmentBody, req.body, 'authenticator code').code)),
    },
    {
      method: 'post',
      path: '/api/auth/two-factor/recovery-codes',
      access: 'signed-in',
      reauth: true,
      handler: async (req, res) => res.json(await twoFactor.replaceRecoveryCodes(authOf(req))),
    },
  ];
}
