import { authOf, type RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { confirmEnrolmentBody, noFields, recoveryCodesAnswer, twoFactorEnrolment, twoFactorStatus } from './two-factor.schemas.js';
import type { TwoFactor } from './two-factor.service.js';

// The person's own authenticator app. Reachable while enrolment is still required (beforeEnrolment).
export function twoFactorRoutes(twoFactor: TwoFactor): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/auth/two-factor',
      access: 'signed-in',
      schemas: { response: twoFactorStatus, summary: 'Whether I have an authenticator app, and recovery codes left' },
      beforeEnrolment: true,
      handler: (req, res) => res.json(twoFactor.status(authOf(req))),
    },
    {
      // Whoever holds the session for a moment must not bind their own phone to the account: the
      // password is confirmed again first (a fresh sign-in counts).
      method: 'post',
      path: '/api/auth/two-factor/enrolment',
      access: 'signed-in',
      schemas: { body: null, response: twoFactorEnrolment, summary: 'Start setting up an authenticator app: a new secret, as a QR code and a key' },
      reauth: true,
      beforeEnrolment: true,
      handler: async (req, res) => {
        parseOr400(noFields, req.body ?? {}, 'set-up');
        res.json(await twoFactor.startEnrolment(authOf(req)));
      },
    },
    {
      method: 'post',
      path: '/api/auth/two-factor/enrolment/confirm',
      access: 'signed-in',
      schemas: { body: confirmEnrolmentBody, response: recoveryCodesAnswer, summary: 'Confirm the set-up with a first code; answers the recovery codes, once' },
      beforeEnrolment: true,
      handler: async (req, res) =>
        res.json(await twoFactor.confirmEnrolment(authOf(req), parseOr400(confirmEnrolmentBody, req.body, 'authenticator code').code)),
    },
    {
      method: 'post',
      path: '/api/auth/two-factor/recovery-codes',
      access: 'signed-in',
      schemas: { body: null, response: recoveryCodesAnswer, summary: 'New recovery codes (the old ones stop working), shown once' },
      reauth: true,
      handler: async (req, res) => {
        parseOr400(noFields, req.body ?? {}, 'recovery codes');
        res.json(await twoFactor.replaceRecoveryCodes(authOf(req)));
      },
    },
  ];
}
