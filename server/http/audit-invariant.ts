import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import type { RouteDefinition } from './routes.js';

// Counts, per request, the audit entries its changes committed. The audited change reports each
// commit here; a check (on in tests) holds every route to the rule of STYLE.md: a change that
// succeeds writes exactly one entry, a refusal writes none.
const requestAudit = new AsyncLocalStorage<{ entries: number }>();

/** Called by the audited change after each commit. */
export function countCommittedAuditEntry(): void {
  const store = requestAudit.getStore();
  if (store) store.entries += 1;
}

/**
 * Runs `work` outside the current request's count: a reaction to a committed change (detection
 * after an e-mail change) is the system's own change with its own entry, not the request's.
 */
export function outsideRequestAudit<T>(work: () => T): T {
  return requestAudit.exit(work);
}

export interface AuditInvariantViolation {
  route: string;
  status: number;
  entries: number;
}

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What a route may write, from its declaration. */
export function expectedEntries(route: Pick<RouteDefinition, 'auditPolicy'>, method: string, status: number): number[] {
  const policy = route.auditPolicy ?? 'one-entry-per-change';
  if (!mutating.has(method)) return [0, 1]; // a sensitive read records itself; other reads write nothing
  if (policy === 'one-entry-per-change') return status < 400 ? [1] : [0];
  if (policy === 'records-refusals') return status < 400 ? [1] : [0, 1]; // sign-in: a wrong password is itself recorded
  return [0, 1]; // 'no-change': e.g. sign-out of an expired session
}

/**
 * Wraps each API request so its audit entries can be counted; when `onViolation` is given, every
 * finished request is checked against its route's declared audit policy.
 */
export function auditInvariant(routes: readonly RouteDefinition[], onViolation?: (violation: AuditInvariantViolation) => void): RequestHandler {
  const byKey = new Map(routes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route]));
  // Without a check (production) nothing reads the count: no request context, whose async hooks
  // would tax every request's promises (bench: per-request CPU, issue 7).
  if (!onViolation) return (_req, _res, next) => next();
  return (req, res, next) => {
    const store = { entries: 0 };
    {
      res.on('finish', () => {
        // mountRoutes names each route by its declared full path (a grouped route's own path is relative).
        const mounted = req.route as { path?: string; declaredPath?: string } | undefined;
        const path = mounted?.declaredPath ?? mounted?.path;
        const route = path ? byKey.get(`${req.method} ${path}`) : undefined;
        if (!route) return; // unknown routes answer 404 before any change
        if (!expectedEntries(route, req.method, res.statusCode).includes(store.entries))
          onViolation({ route: `${req.method} ${route.path}`, status: res.statusCode, entries: store.entries });
      });
    }
    requestAudit.run(store, next);
  };
}
