import { z } from 'zod';
import { viewSchema } from '../../http/views.js';
import type { DashboardResponse, DashboardTile, TileLink } from './dashboard.types.js';

// The dashboard as the API sends it, for the OpenAPI document; checked against dashboard.types.ts.

const tone = z.enum(['normal', 'attention', 'alarm', 'good']);
const params = z.record(z.string(), z.union([z.string(), z.number()]));
const link = viewSchema<TileLink>()(z.object({ resource: z.string(), filter: z.record(z.string(), z.unknown()).optional(), path: z.string().optional() }));
const id = z.string().describe('`<capability>.<name>`, also the i18n key of its title');

const tile = viewSchema<DashboardTile>()(
  z.discriminatedUnion('kind', [
    z.object({
      id,
      kind: z.literal('count'),
      value: z.number(),
      tone: tone.optional(),
      secondary: z.object({ labelKey: z.string(), params }).optional(),
      link: link.optional(),
    }),
    z.object({
      id,
      kind: z.literal('breakdown'),
      items: z.array(z.object({ key: z.string(), labelKey: z.string(), value: z.number(), tone: tone.optional(), link: link.optional() })),
    }),
    z.object({ id, kind: z.literal('series'), points: z.array(z.object({ week: z.string(), value: z.number() })), link: link.optional() }),
    z.object({ id, kind: z.literal('status'), ok: z.boolean(), labelKey: z.string(), params, link: link.optional() }),
  ]),
);

export const dashboardSchema = viewSchema<DashboardResponse>()(z.object({ tiles: z.array(tile) }));
