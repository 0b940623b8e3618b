import type { Express, Request, RequestHandler, Response } from 'express';
import type { StaffRole } from '../../db/schema/staff.js';
import { AppError } from './errors.js';
import { isAllowed, type Access } from './policy.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/** Every API route is declared this way, so that none can exist without a policy entry. */
export interface RouteDefinition {
  method: HttpMethod;
  path: string;
  access: Access;
  /**
   * The most dangerous actions (approvals, erasure, role grants, lock overrides) also need the person
   * to have confirmed their password, or their code when enrolled, a few minutes ago
   * (`POST /api/auth/reauthenticate`). Otherwise 403 `auth.reauth_required`, which the UI answers by
   * prompting and retrying the request. A function decides per request (a lock override is dangerous,
   * the same action without one is not); it sees the parsed JSON body, before validation.
   */
  reauth?: boolean | ((req: Request) => boolean);
  /** Runs after the access check (e.g. an upload parser that must not accept anonymous bytes). */
  before?: RequestHandler[];
  handler: (req: Request, res: Response) => unknown;
  /**
   * How the route's audit entries are checked (http/audit-invariant.ts). The default holds for almost
   * every route: a change that succeeds writes exactly one entry, a refusal none. The exceptions are few
   * and say why in their declaration.
   */
  auditPolicy?: 'one-entry-per-change' | 'records-refusals' | 'no-change';
}

export interface SignedInStaff {
  id: number;
  email: string;
  displayName: string;
  role: StaffRole;
  /** Enrolled in TOTP: confirmations ask for the code rather than the password. */
  twoFactorEnabled: boolean;
}

export interface AuthContext {
  staff: SignedInStaff;
  sessionId: string;
  csrfToken: string;
  /** Whether the person re-authenticated in this session within the configured window. */
  isFresh: boolean;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: AuthContext;
  }
}

export const notSignedIn = () => new AppError(401, 'auth.required', 'Please sign in.');

export function requireAccess(access: Access): RequestHandler {
  return (req, _res, next) => {
    if (access === 'public') return next();
    if (access === 'service-token') {
      if (req.service) return next();
      if (req.auth) return next(new AppError(403, 'auth.service_only', 'This endpoint takes a service token, not a staff session.'));
      return next(new AppError(401, 'auth.service_token_required', 'A valid service token is required (Authorization: Bearer …).'));
    }
    if (!req.auth) return next(notSignedIn());
    if (!isAllowed(req.auth.staff.role, access)) return next(new AppError(403, 'auth.forbidden', 'Your role does not allow this action.'));
    next();
  };
}

export const reauthRequired = () => new AppError(403, 'auth.reauth_required', 'Confirm it is you (password, or authenticator code) before this action.');

/** After the access check: a route marked `reauth` needs a recent confirmation in this session. */
function requireFreshSession(when: true | ((req: Request) => boolean)): RequestHandler {
  return (req, _res, next) => {
    if (!req.auth?.isFresh && (when === true || when(req))) return next(reauthRequired());
    next();
  };
}

/** The session behind a request; only valid behind an access check other than `public`. */
export function authOf(req: Request): AuthContext {
  if (!req.auth) throw notSignedIn();
  return req.auth;
}

/** The actor an audit entry names. */
export const actorOf = (req: Request) => ({ id: authOf(req).staff.id, role: authOf(req).staff.role });

export function mountRoutes(app: Express, routes: readonly RouteDefinition[]): void {
  for (const route of routes) {
    const checks = route.reauth ? [requireAccess(route.access), requireFreshSession(route.reauth)] : [requireAccess(route.access)];
    app[route.method](route.path, ...checks, ...(route.before ?? []), async (req: Request, res: Response) => {
      await route.handler(req, res);
    });
  }
}
