import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers, worked out once. With static options (ours: no per-request nonce) every
 * answer gets the same headers, so helmet runs once at start on a response that only records
 * what it sets and removes; each request then sets that list, instead of passing through
 * helmet's thirteen nested middlewares (per-request CPU, bench/RESULTS.md).
 */
export function securityHeaders(options: HelmetOptions): RequestHandler {
  const set: Array<[string, string]> = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => void set.push([name, String(value)]),
    removeHeader: (name: string) => void removed.push(name),
  };
  let done = false;
  helmet(options)({} as never, recorder as never, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error('helmet refused its options', { cause: error });
    done = true;
  });
  // A per-request option (a nonce function) would make helmet answer later, or differently.
  if (!done) throw new Error('helmet options must be static to be computed once');
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
