import type { Request, RequestHandler, Response } from 'express';

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

/**
 * A synchronous step of a request (read the session, check the access…): it returns when the request
 * may go on and throws the request's error (an AppError) when it may not. Steps need no `next`, so a
 * run of them costs a loop, not a chain of closures created for every request (tsx names each closure
 * it creates, a property definition apiece: per-request CPU, docs/DECISIONS.md).
 */
export type RequestStep = (req: Request, res: Response) => void;

/** Runs steps in order; the first that throws ends the run with its error. */
export function runSteps(steps: readonly RequestStep[], req: Request, res: Response): void {
  for (let i = 0; i < steps.length; i++) (steps[i] as RequestStep)(req, res);
}

/** Steps as one middleware: `next()` when they all pass, `next(error)` with the first error. */
export function stepsLayer(steps: readonly RequestStep[]): RequestHandler {
  return (req, res, next) => {
    try {
      runSteps(steps, req, res);
    } catch (error) {
      return next(error);
    }
    next();
  };
}
