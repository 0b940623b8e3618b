import { listRoute, parseRecordId } from '../../http/list-query.js';
import { actorOf, type RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { flagListContract, flagNoteBody, raiseFlagBody, resolveFlagBody, securityAdviceBody, triageFlagBody } from './flags.schemas.js';
import type { FlagsService } from './flags.service.js';

export function flagsRoutes(service: FlagsService): RouteDefinition[] {
  const id = (raw: unknown) => parseRecordId(raw);
  return [
    listRoute({ access: 'customers.read', contract: flagListContract, list: service.list }),
    { method: 'get', path: '/api/flags/assignees', access: 'flags.triage', handler: (_req, res) => res.json(service.assignees()) },
    { method: 'get', path: '/api/flags/:id', access: 'customers.read', handler: (req, res) => res.json(service.get(id(req.params.id))) },
    {
      method: 'post',
      path: '/api/flags',
      access: 'flags.raise',
      schemas: { body: raiseFlagBody },
      handler: (req, res) => res.status(201).json(service.raise(actorOf(req), parseOr400(raiseFlagBody, req.body, 'flag'))),
    },
    {
      method: 'post',
      path: '/api/flags/:id/triage',
      access: 'flags.triage',
      schemas: { body: triageFlagBody },
      handler: (req, res) => res.json(service.triage(actorOf(req), id(req.params.id), parseOr400(triageFlagBody, req.body, 'triage'))),
    },
    {
      method: 'post',
      path: '/api/flags/:id/resolve',
      access: 'flags.triage',
      schemas: { body: resolveFlagBody },
      handler: (req, res) => res.json(service.resolve(actorOf(req), id(req.params.id), parseOr400(resolveFlagBody, req.body, 'resolution'))),
    },
    {
      method: 'post',
      path: '/api/flags/:id/notes',
      access: 'flags.raise',
      schemas: { body: flagNoteBody },
      handler: (req, res) => res.json(service.addNote(actorOf(req), id(req.params.id), parseOr400(flagNoteBody, req.body, 'note').text)),
    },
    {
      method: 'post',
      path: '/api/customers/:id/run-detection',
      access: 'flags.raise',
      schemas: { body: null },
      handler: (req, res) => res.json(service.detectForCustomer(actorOf(req), id(req.params.id))),
    },
    {
      method: 'post',
      path: '/api/customers/:id/send-security-advice',
      access: 'flags.raise',
      schemas: { body: securityAdviceBody },
      handler: (req, res) => {
        service.sendSecurityAdvice(actorOf(req), id(req.params.id), parseOr400(securityAdviceBody, req.body, 'security advice'));
        res.status(204).end();
      },
    },
  ];
}
