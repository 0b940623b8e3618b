import { parseRecordId } from '../../http/list-query.js';
import { actorOf, type RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import type { CustomersService } from '../customers/customers.service.js';
import { promoteBody } from './backup-email.schemas.js';
import type { BackupEmailService } from './backup-email.service.js';
import { customerRecord } from '../customers/customers.views.js';

const hasOverride = (body: unknown) => typeof body === 'object' && body !== null && 'overrideReason' in body && body.overrideReason != null;

export function backupEmailRoutes(service: BackupEmailService, customers: CustomersService): RouteDefinition[] {
  return [
    {
      method: 'post',
      path: '/api/customers/:id/promote-backup-email',
      access: 'backup-email.promote',
      schemas: { body: promoteBody, response: customerRecord },
      // Passing a lock is one of the most dangerous actions: it needs a fresh confirmation.
      reauth: (req) => hasOverride(req.body),
      handler: (req, res) => {
        const id = parseRecordId(req.params.id);
        service.promote(actorOf(req), id, parseOr400(promoteBody, req.body, 'promotion'));
        res.json(customers.get(id));
      },
    },
  ];
}
