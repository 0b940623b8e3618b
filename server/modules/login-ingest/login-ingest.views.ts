import { z } from 'zod';
import { viewSchema } from '../../http/views.js';
import type { LoginIngestService } from './login-ingest.service.js';

/** What a batch answers: counts, the records refused (by index), the flags the rules raised or joined. */
export const ingestReport = viewSchema<ReturnType<LoginIngestService['ingest']>>()(
  z.object({
    received: z.number().int(),
    stored: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.array(z.object({ index: z.number().int(), code: z.string(), message: z.string(), errors: z.record(z.string(), z.string()).optional() })),
    flags: z.object({ raised: z.array(z.number().int()), joined: z.array(z.number().int()) }),
  }),
);
