import type { RequestHandler } from 'express';

/**
 * Several middlewares as one router layer: each runs when the previous calls `next()`, the first
 * error goes to Express. Same behaviour as listing them, without the router matching a layer (and
 * trimming its prefix) for each one on every request (per-request CPU, bench/RESULTS.md).
 */
export function inSequence(handlers: readonly RequestHandler[]): RequestHandler {
  if (handlers.length === 1) return handlers[0] as RequestHandler;
  return (req, res, next) => {
    let index = 0;
    const step = (error?: unknown): void => {
      if (error !== undefined && error !== null) return next(error);
      const handler = handlers[index++];
      if (!handler) return next();
      try {
        void handler(req, res, step);
      } catch (thrown) {
        next(thrown);
      }
    };
    step();
  };
}
