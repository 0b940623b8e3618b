import express, { type Express, type Request, type RequestHandler, type Response, type Router } from 'express';
import type { ZodType } from 'zod';
import type { StaffRole } from '../../db/schema/staff.js';
import { AppError, badRequest } from './errors.js';
import { recordId } from './ids.js';
import { runSteps, stepsLayer, type RequestStep } from './in-sequence.js';
import { isAllowed, type Access } from './policy.js';
import { fieldErrors } from './validate.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/** Every API route is declared this way, so that none can exist without a policy entry. */
/** A file upload (multipart/form-data): its file fields and the zod schema of its text fields. */
export interface MultipartBody {
  multipart: { files: readonly string[]; fields?: ZodType };
}

/**
 * What a route reads and answers, as zod schemas: the OpenAPI document is generated from them
 * (http/openapi.ts), and path parameters are checked with them before the handler runs.
 */
export interface RouteSchemas {
  /** Path parameters that are not record ids; every other `:name` is checked with `recordId`. */
  params?: Record<string, ZodType>;
  query?: ZodType;
  /** `null`: the route reads no body (an action named by its URL). */
  body?: ZodType | MultipartBody | null;
  /**
   * The success answer: a JSON schema, `file` naming the media type(s) of a download (PDF, CSV…), or
   * `null` for an empty answer (204). Every route declares one (test/openapi.test.ts).
   */
  response?: ZodType | { file: string | readonly string[] } | null;
  /** The success status when it is not 200: 201 for a creation (an empty answer is 204 by itself). */
  status?: 201;
  /** One line for the document's operation summary. */
  summary?: string;
  /** A ra-data-simple-rest list (set by listRoute): sort, range and the JSON filter with its schema. */
  list?: { filter: ZodType; sortFields: readonly string[]; defaultSort: readonly [string, 'ASC' | 'DESC']; rules?: readonly string[]; row?: ZodType };
}

export interface RouteDefinition {
  method: HttpMethod;
  path: string;
  access: Access;
  schemas?: RouteSchemas;
  /**
   * The most dangerous actions (approvals, erasure, role grants, lock overrides) also need the person
   * to have confirmed their password, or their code when enrolled, a few minutes ago
   * (`POST /api/auth/reauthenticate`). Otherwise 403 `auth.reauth_required`, which the UI answers by
   * prompting and retrying the request. A function decides per request (a lock override is dangerous,
   * the same action without one is not); it sees the parsed JSON body, before validation.
   */
  reauth?: boolean | ((req: Request) => boolean);
  /**
   * Reachable by a person who must still enrol an authenticator app (ENFORCE_2FA): their session
   * reaches only these routes (who am I, sign-out, confirmation, enrolment) until they have enrolled.
   */
  beforeEnrolment?: boolean;
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
  /** 2FA is enforced and this person has not enrolled yet: only `beforeEnrolment` routes answer. */
  mustEnrolTwoFactor: boolean;
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

/** The access check of a route, as a step: throws the 401/403 the request gets. */
export function requireAccess(access: Access): RequestStep {
  return (req) => {
    if (access === 'public') return;
    if (access === 'service-token') {
      if (req.service) return;
      if (req.auth) throw new AppError(403, 'auth.service_only', 'This endpoint takes a service token, not a staff session.');
      throw new AppError(401, 'auth.service_token_required', 'A valid service token is required (Authorization: Bearer …).');
    }
    if (!req.auth) throw notSignedIn();
    if (!isAllowed(req.auth.staff.role, access)) throw new AppError(403, 'auth.forbidden', 'Your role does not allow this action.');
  };
}

export const reauthRequired = () => new AppError(403, 'auth.reauth_required', 'Confirm it is you (password, or authenticator code) before this action.');

export const enrolmentRequired = () =>
  new AppError(403, 'auth.two_factor_enrolment_required', 'Set up your authenticator app (My account) before using the console.');

/** After the access check: until the person has enrolled (when enforced), only enrolment routes answer. */
const requireEnrolment: RequestStep = (req) => {
  if (req.auth?.staff.mustEnrolTwoFactor) throw enrolmentRequired();
};

/** After the access check: a route marked `reauth` needs a recent confirmation in this session. */
function requireFreshSession(when: true | ((req: Request) => boolean)): RequestStep {
  return (req) => {
    if (!req.auth?.isFresh && (when === true || when(req))) throw reauthRequired();
  };
}

/** The session behind a request; only valid behind an access check other than `public`. */
export function authOf(req: Request): AuthContext {
  if (!req.auth) throw notSignedIn();
  return req.auth;
}

/** The actor an audit entry names. */
export const actorOf = (req: Request) => ({ id: authOf(req).staff.id, role: authOf(req).staff.role });

const pathParamNames = (path: string) => [...path.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');

/** Path parameters checked once for every route: a record id is canonical (`recordId`) or the request is a 400. */
function checkPathParams(route: RouteDefinition): RequestStep | null {
  const names = pathParamNames(route.path);
  if (names.length === 0) return null;
  const schemas = names.map((name) => [name, route.schemas?.params?.[name] ?? recordId] as const);
  return (req) => {
    for (const [name, schema] of schemas) {
      const result = schema.safeParse(req.params[name]);
      if (result.success) continue;
      if (schema === recordId) throw badRequest('request.invalid_id', 'The id in the URL must be a positive whole number.', { [name]: 'not an id' });
      throw badRequest('request.invalid', `Invalid ${name} in the URL.`, { [name]: Object.values(fieldErrors(result.error))[0] ?? 'invalid' });
    }
  };
}

/**
 * `/api/<name>`: the static prefix a route shares with its capability's other routes, or null
 * (a parameter or pattern in that place) when the route must be matched on its own.
 */
function groupPrefix(path: string): string | null {
  const match = /^(\/api\/[A-Za-z0-9_.-]+)(?:\/|$)/.exec(path);
  return match?.[1] ?? null;
}

/**
 * Each capability's routes on one sub-router mounted at its prefix (`/api/customers`), in the
 * order declared: a request is matched against a few dozen prefixes instead of every route
 * before its own (per-request CPU, docs/DECISIONS.md). Prefixes are distinct path segments, so no
 * request can match two groups, and a route keeps its place within its group.
 */
export function mountRoutes(app: Express, routes: readonly RouteDefinition[]): void {
  const groups = new Map<string, Router>();
  for (const route of routes) {
    const params = checkPathParams(route);
    const checks = [
      requireAccess(route.access),
      ...(route.beforeEnrolment || route.access === 'public' || route.access === 'service-token' ? [] : [requireEnrolment]),
      ...(params ? [params] : []),
      ...(route.reauth ? [requireFreshSession(route.reauth)] : []),
    ];
    const prefix = groupPrefix(route.path);
    let target: Express | Router = app;
    let path = route.path;
    if (prefix) {
      let group = groups.get(prefix);
      if (!group) {
        group = express.Router();
        groups.set(prefix, group);
        app.use(prefix, group);
      }
      target = group;
      path = route.path.slice(prefix.length) || '/';
    }
    const mounted = target.route(path) as { declaredPath?: string } & ReturnType<Router['route']>;
    // What the audit check and the route inventory name the route by: its declared full path.
    mounted.declaredPath = route.path;
    // The checks, then the handler, in one function: the router catches what either throws, and a
    // handler's rejected promise (Express 5), as it did when they were separate layers.
    const { handler } = route;
    if (route.before?.length) mounted[route.method](stepsLayer(checks), ...route.before, (req: Request, res: Response) => handler(req, res));
    else
      mounted[route.method]((req: Request, res: Response) => {
        runSteps(checks, req, res);
        return handler(req, res);
      });
  }
}
