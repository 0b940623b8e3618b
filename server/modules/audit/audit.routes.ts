import { listRoute } from '../../http/list-query.js';
import type { RouteDefinition } from '../../http/routes.js';
import { auditListContract } from './audit.schemas.js';
import type { AuditLog } from './audit.service.js';

export function auditRoutes(audit: AuditLog): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/audit-log/verify',
      access: 'audit.verify',
      handler: (_req, res) => res.json(audit.verify()),
    },
    listRoute({ access: 'audit.read', contract: auditListContract, list: audit.list }),
  ];
}
