import express from 'express';
import { z } from 'zod';
import { loginEventRecord, maxBatchSize } from './login-ingest.schemas.js';
import { rateLimit } from 'express-rate-limit';
import type { RouteDefinition } from '../../http/routes.js';
import { notABatch } from '../flags/flags.errors.js';
import type { LoginIngestService } from './login-ingest.service.js';
import { AppError } from '../../http/errors.js';
import { ingestReport } from './login-ingest.views.js';

/** The login system's push (SPEC §4.6): service token only; its own body limit, parsed after the token check. */
export function loginIngestRoutes(service: LoginIngestService, batchesPerMinute: number): RouteDefinition[] {
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: batchesPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => req.service?.tokenId ?? 'none',
    handler: (_req, _res, next) => next(new AppError(429, 'ingest.rate_limited', `At most ${batchesPerMinute} batches a minute; slow down and retry.`)),
  });
  return [
    {
      method: 'post',
      path: '/api/ingest/login-events',
      access: 'service-token',
      // Each record is validated on its own (a bad one is reported, the others stored): the array is the contract.
      schemas: { body: z.array(loginEventRecord).max(maxBatchSize), response: ingestReport },
      // 1,000 events with long device labels stay well under 2 MB.
      before: [limiter, express.json({ limit: '2mb' })],
      handler: (req, res) => {
        if (!Array.isArray(req.body)) throw notABatch();
        res.json(service.ingest(req.service as NonNullable<typeof req.service>, req.body as unknown[]));
      },
    },
  ];
}
