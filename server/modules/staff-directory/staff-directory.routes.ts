import { z } from 'zod';
import type { Database_ } from '../../../db/client.js';
import type { RouteDefinition } from '../../http/routes.js';
import { staffNameSchema } from '../staff/staff.views.js';

/**
 * The display names of staff accounts, for any signed-in person: records say "changed by Alice
 * Agent", not "by staff #1", and an agent may not list staff accounts (staff.manage is the admin's).
 * Names only — no e-mail, role or state. Former staff are included: their names stay in history.
 */
export function staffDirectoryRoutes(database: Database_): RouteDefinition[] {
  const names = database.sqlite.prepare<[], { id: number; displayName: string }>('SELECT id, display_name AS displayName FROM staff ORDER BY id');
  return [
    {
      method: 'get',
      path: '/api/staff-names',
      access: 'signed-in',
      schemas: { response: z.array(staffNameSchema) },
      handler: (_req, res) => res.json(names.all()),
    },
  ];
}
