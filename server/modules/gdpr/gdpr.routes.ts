import { listRoute, recordRoute, parseRecordId, recordId } from '../../http/list-query.js';
import { actorOf, type RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { z, type ZodType } from 'zod';
import {
  completeBody,
  eraseBody,
  extendBody,
  gdprRequestListContract,
  intakeBody,
  linkBody,
  refuseBody,
  rectifyBody,
  restrictBody,
  verifyIdentityBody,
  versionBody,
} from './gdpr.schemas.js';
import { erasureEligibilitySchema, gdprRequestListRowSchema, gdprRequestSchema, gdprSummarySchema } from './gdpr.views.js';
import type { GdprService } from './gdpr.service.js';
import type { GdprFulfilment } from './gdpr.fulfilment.js';
import type { GdprErasure } from './gdpr.erasure.js';
import type { GdprRectification } from './gdpr.rectification.js';

const summaryQuery = z.object({ customerId: recordId.optional() }).strict();

interface GdprRouteDeps {
  service: GdprService;
  fulfilment: GdprFulfilment;
  erasure: GdprErasure;
  rectification: GdprRectification;
}

export function gdprRoutes({ service, fulfilment, erasure, rectification }: GdprRouteDeps): RouteDefinition[] {
  // `body`: the schema `run` parses the body with (null: none), declared for the OpenAPI document.
  const action = (path: string, body: ZodType | null, run: (req: Parameters<RouteDefinition['handler']>[0], id: number) => unknown): RouteDefinition => ({
    method: 'post',
    path: `/api/gdpr-requests/:id/${path}`,
    access: 'gdpr.decide',
    schemas: { body, response: gdprRequestSchema },
    handler: async (req, res) => {
      const id = parseRecordId(req.params.id);
      await run(req, id);
      res.json(service.get(id));
    },
  });
  return [
    listRoute({ access: 'gdpr.intake', contract: gdprRequestListContract, list: service.list, row: gdprRequestListRowSchema }),
    {
      method: 'get',
      path: '/api/gdpr-requests/summary',
      access: 'gdpr.intake',
      schemas: { query: summaryQuery, response: gdprSummarySchema },
      handler: (req, res) => res.json(service.summary(parseOr400(summaryQuery, req.query, 'summary').customerId)),
    },
    recordRoute({ resource: 'gdpr-requests', access: 'gdpr.intake', get: service.get, response: gdprRequestSchema }),
    {
      method: 'post',
      path: '/api/gdpr-requests',
      access: 'gdpr.intake',
      schemas: { body: intakeBody, response: gdprRequestSchema, status: 201 },
      handler: (req, res) => res.status(201).json(service.get(service.intake(actorOf(req), parseOr400(intakeBody, req.body, 'request')))),
    },
    { ...action('link', linkBody, (req, id) => service.link(actorOf(req), id, parseOr400(linkBody, req.body, 'link'))), access: 'gdpr.intake' },
    action('await-identity', versionBody, (req, id) => service.awaitIdentity(actorOf(req), id, parseOr400(versionBody, req.body, 'pause').version)),
    action('verify-identity', verifyIdentityBody, (req, id) => service.verifyIdentity(actorOf(req), id, parseOr400(verifyIdentityBody, req.body, 'identity'))),
    action('extend', extendBody, (req, id) => service.extend(actorOf(req), id, parseOr400(extendBody, req.body, 'extension'))),
    action('refuse', refuseBody, (req, id) => service.refuse(actorOf(req), id, parseOr400(refuseBody, req.body, 'refusal'))),
    action('complete', completeBody, (req, id) => service.complete(actorOf(req), id, parseOr400(completeBody, req.body, 'completion'))),
    action('access-report', null, (req, id) => fulfilment.generate(actorOf(req), id, 'access_report')),
    action('portability-export', null, (req, id) => fulfilment.generate(actorOf(req), id, 'portability_export')),
    {
      method: 'get',
      path: '/api/gdpr-requests/:id/files/:fileId',
      access: 'gdpr.decide',
      schemas: { response: { file: ['application/pdf', 'application/json'] } },
      handler: async (req, res) => {
        const requestId = parseRecordId(req.params.id);
        const { file, bytes } = await fulfilment.download(actorOf(req), requestId, parseRecordId(req.params.fileId));
        const name = `${file.kind}-${requestId}.${file.mediaType === 'application/pdf' ? 'pdf' : 'json'}`;
        res.setHeader('Content-Type', file.mediaType);
        res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
        res.send(bytes);
      },
    },
    {
      method: 'get',
      path: '/api/gdpr-requests/:id/erasure-eligibility',
      access: 'gdpr.intake',
      schemas: { response: erasureEligibilitySchema },
      handler: (req, res) => res.json(erasure.eligibility(parseRecordId(req.params.id))),
    },
    // Irreversible: compliance only, after typing the NIC-handle and confirming it is them (re-authentication).
    { ...action('erase', eraseBody, (req, id) => erasure.execute(actorOf(req), id, parseOr400(eraseBody, req.body, 'erasure'))), reauth: true },
    action('restrict', restrictBody, (req, id) => service.restrict(actorOf(req), id, parseOr400(restrictBody, req.body, 'restriction'))),
    action('rectify', rectifyBody, (req, id) => rectification.rectify(actorOf(req), id, parseOr400(rectifyBody, req.body, 'rectification'))),
  ];
}
