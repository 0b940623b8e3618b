import { authOf, type RouteDefinition } from '../../http/routes.js';
import type { Dashboard } from './dashboard.registry.js';
import type { DashboardResponse } from './dashboard.types.js';
import { dashboardSchema } from './dashboard.views.js';

export function dashboardRoutes(dashboard: Dashboard, clock: () => Date): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/dashboard',
      access: 'signed-in',
      schemas: { response: dashboardSchema },
      handler: async (req, res) => {
        const body: DashboardResponse = { tiles: await dashboard.tilesFor({ staff: authOf(req).staff, now: clock() }) };
        res.json(body);
      },
    },
  ];
}
