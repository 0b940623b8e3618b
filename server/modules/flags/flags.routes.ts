import { z } from 'zod';
import { listRoute, parseRecordId } from '../../http/list-query.js';
import { actorOf, type RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { flagListContract, flagNoteBody, raiseFlagBody, resolveFlagBody, securityAdviceBody, triageFlagBody } from './flags.schemas.js';
import type { FlagsService } from './flags.service.js';
import { assigneeSchema, flagDetailSchema, flagRowSchema, recordedFlagsSchema } from './flags.views.js';

export function flagsRoutes(service: FlagsService): RouteDefinition[] {
  const id = (raw: unknown) => parseRecordId(raw);
  return [
    listRoute({ access: 'customers.read', contract: flagListContract, list: service.list, row: flagRowSchema }),
    {
      method: 'get',
      path: '/api/flags/assignees',
      access: 'flags.triage',
      schemas: { response: z.array(assigneeSchema) },
      handler: (_req, res) => res.json(service.assignees()),
    },
    {
      method: 'get',
      path: '/api/flags/:id',
      access: 'customers.read',
      schemas: { response: flagDetailSchema },
      handler: (req, res) => res.json(service.get(id(req.params.id))),
    },
    {
      method: 'post',
      path: '/api/flags',
      access: 'flags.raise',
      schemas: { body: raiseFlagBody, response: flagDetailSchema, status: 201 },
      handler: (req, res) => res.status(201).json(service.raise(actorOf(req), parseOr400(raiseFlagBody, req.body, 'flag'))),
    },
    {
      method: 'post',
      path: '/api/flags/:id/triage',
      access: 'flags.triage',
      schemas: { body: triageFlagBody, response: flagDetailSchema },
      handler: (req, res) => res.json(service.triage(actorOf(req), id(req.params.id), parseOr400(triageFlagBody, req.body, 'triage'))),
    },
    {
      method: 'post',
      path: '/api/flags/:id/resolve',
      access: 'flags.triage',
      schemas: { body: resolveFlagBody, response: flagDetailSchema },
      handler: (req, res) => res.json(service.resolve(actorOf(req), id(req.params.id), parseOr400(resolveFlagBody, req.body, 'resolution'))),
    },
    {
      method: 'post',
      path: '/api/flags/:id/notes',
      access: 'flags.raise',
      schemas: { body: flagNoteBody, response: flagDetailSchema },
      handler: (req, res) => res.json(service.addNote(actorOf(req), id(req.params.id), parseOr400(flagNoteBody, req.body, 'note').text)),
    },
    {
      method: 'post',
      path: '/api/customers/:id/run-detection',
      access: 'flags.raise',
      schemas: { body: null, response: recordedFlagsSchema },
      handler: (req, res) => res.json(service.detectForCustomer(actorOf(req), id(req.params.id))),
    },
    {
      method: 'post',
      path: '/api/customers/:id/send-security-advice',
      access: 'flags.raise',
      schemas: { body: securityAdviceBody, response: null },
      handler: (req, res) => {
        service.sendSecurityAdvice(actorOf(req), id(req.params.id), parseOr400(securityAdviceBody, req.body, 'security advice'));
        res.status(204).end();
      },
    },
  ];
}
