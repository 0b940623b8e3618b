import { parse } from 'cookie';
import type { CookieOptions, Response } from 'express';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { AppConfig } from '../../config.js';
import { AppError } from '../../http/errors.js';
import { authOf, type RouteDefinition } from '../../http/routes.js';
import { sessionCookieName } from '../../http/session.js';
import { parseOr400 } from '../../http/validate.js';
import { tooManyAttempts } from './auth.errors.js';
import { loginBody, reauthenticateBody } from './auth.schemas.js';
import { profileOf, type AuthService } from './auth.service.js';
import { profileSchema, reauthenticated } from './auth.views.js';

/** The client address as the per-address limit keys it (an IPv6 client by its /56), behind TRUST_PROXY. */
export const clientAddressOf = (req: Request) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');

/**
 * Per client address, on failures only: colleagues behind one office address are not locked out by
 * each other's successful sign-ins. One instance serves every route that checks a secret (sign-in,
 * re-authentication, set-password links). The per-(account, address) waits live in the auth service.
 */
export function createFailedAttemptLimit(config: AppConfig): RequestHandler {
  return rateLimit({
    windowMs: 15 * 60_000,
    limit: config.loginMaxFailures * 4,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(tooManyAttempts()),
  });
}

export function authRoutes(auth: AuthService, config: AppConfig, failedSignInLimit: RequestHandler): RouteDefinition[] {
  const cookieOptions: CookieOptions = { httpOnly: true, sameSite: 'strict', secure: config.cookieSecure, path: '/' };
  const clearCookie = (res: Response) => res.clearCookie(sessionCookieName, cookieOptions);
  return [
    {
      method: 'post',
      path: '/api/auth/login',
      access: 'public',
      schemas: { body: loginBody, response: profileSchema },
      // A refused sign-in (wrong password, unknown e-mail) is recorded: failures are what an investigation needs.
      auditPolicy: 'records-refusals',
      before: [failedSignInLimit],
      handler: async (req, res) => {
        if (!req.is('application/json')) throw new AppError(415, 'request.json_required', 'Send the sign-in as application/json.');
        const body = parseOr400(loginBody, req.body, 'sign-in');
        const previousToken = req.headers.cookie ? parse(req.headers.cookie)[sessionCookieName] : undefined;
        const client = { userAgent: req.get('user-agent') ?? null, address: req.ip ?? req.socket.remoteAddress ?? null };
        const { token, profile } = await auth.login(body, { previousToken, address: clientAddressOf(req), client });
        res.cookie(sessionCookieName, token, { ...cookieOptions, maxAge: config.sessionAbsoluteMs });
        res.json(profile);
      },
    },
    {
      method: 'get',
      path: '/api/auth/me',
      access: 'signed-in',
      beforeEnrolment: true,
      schemas: { response: profileSchema },
      handler: (req, res) => res.json(profileOf(authOf(req))),
    },
    {
      // Confirms the password (or code) again: `reauth` routes are open for a few minutes after it.
      method: 'post',
      path: '/api/auth/reauthenticate',
      access: 'signed-in',
      beforeEnrolment: true,
      schemas: { body: reauthenticateBody, response: reauthenticated },
      // A wrong confirmation is a security event, recorded like a failed sign-in.
      auditPolicy: 'records-refusals',
      before: [failedSignInLimit],
      handler: async (req, res) =>
        res.json(await auth.reauthenticate(authOf(req), parseOr400(reauthenticateBody, req.body, 'confirmation'), clientAddressOf(req))),
    },
    {
      method: 'post',
      path: '/api/auth/logout',
      access: 'signed-in',
      beforeEnrolment: true,
      schemas: { body: null, response: null },
      handler: (req, res) => {
        auth.logout(authOf(req));
        clearCookie(res);
        res.status(204).end();
      },
    },
  ];
}
