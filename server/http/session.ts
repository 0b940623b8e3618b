import { parse } from 'cookie';
import { timingSafeEqual } from 'node:crypto';
import { AppError } from './errors.js';
import type { RequestStep } from './in-sequence.js';
import type { AuthContext } from './routes.js';

export const sessionCookieName = 'guichet_session';
export const csrfHeaderName = 'x-csrf-token';

export interface SessionResolver {
  resolve(token: string): AuthContext | null;
}

/** Reads the session cookie and attaches `req.auth` when it names a live session. */
export function loadSession(sessions: SessionResolver): RequestStep {
  return (req) => {
    const token = req.headers.cookie ? parse(req.headers.cookie)[sessionCookieName] : undefined;
    const auth = token ? sessions.resolve(token) : null;
    if (auth) req.auth = auth;
  };
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: the cookie is SameSite=Strict, a foreign Origin is refused, and
 * every state-changing request in a session must echo the session's token in X-CSRF-Token.
 * Sign-in has no session yet: it only accepts JSON, which a foreign form cannot send.
 */
export const csrfProtection: RequestStep = (req) => {
  if (safeMethods.has(req.method)) return;
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = '';
    }
    if (originHost !== req.headers.host) throw new AppError(403, 'auth.bad_origin', 'Cross-site requests are not accepted.');
  } else if (origin === 'null') {
    throw new AppError(403, 'auth.bad_origin', 'Cross-site requests are not accepted.');
  }
  if (!req.auth) return;
  const sent = req.headers[csrfHeaderName];
  if (typeof sent !== 'string' || !sameToken(sent, req.auth.csrfToken))
    throw new AppError(403, 'auth.csrf', 'Missing or wrong X-CSRF-Token header; reload the page and try again.');
};
