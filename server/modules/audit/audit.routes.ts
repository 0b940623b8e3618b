import { z } from 'zod';
import { listRoute, recordRoute, parseListQuery, parseRecordId } from '../../http/list-query.js';
import { actorOf, type RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import type { AuditedChanges } from './audited-change.js';
import { streamAuditCsv } from './audit-export.js';
import { auditExportQuery, auditListContract, checkpointListContract } from './audit.schemas.js';
import type { AuditLog } from './audit.service.js';
import { auditDetailSchema, auditListRowSchema, checkpointRowSchema, createdCheckpointSchema, exportCheckSchema, verifyReportSchema } from './audit.views.js';
import { exportedCheckpointSchema, type Checkpoints } from './checkpoints.service.js';

const verifyQuery = z.object({ mode: z.enum(['checkpoint', 'full']).default('checkpoint') }).strict();

interface AuditRoutesDeps {
  audit: AuditLog;
  changes: AuditedChanges;
  checkpoints: Checkpoints;
}

export function auditRoutes({ audit, changes, checkpoints }: AuditRoutesDeps): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/audit-log/verify',
      access: 'audit.verify',
      schemas: { query: verifyQuery, response: verifyReportSchema },
      handler: async (req, res) => res.json(await checkpoints.verify(parseOr400(verifyQuery, req.query, 'verification mode').mode)),
    },
    {
      // A sensitive read (SPEC §4.7): the export is itself an audit entry, written before the first byte.
      method: 'get',
      path: '/api/audit-log/export.csv',
      access: 'audit.read',
      schemas: { query: auditExportQuery, response: { file: 'text/csv' } },
      handler: async (req, res) => {
        const { filter } = parseOr400(auditExportQuery, req.query, 'export parameters');
        const query = parseListQuery(filter === undefined ? {} : { filter }, auditListContract);
        const selection = audit.selectionOf(query.filter);
        const { nowIso } = changes.apply((change) => ({
          result: { nowIso: change.nowIso },
          audit: {
            actor: actorOf(req),
            action: 'audit.export',
            targetType: 'audit_log',
            customerId: selection?.equal.customerId ?? null,
            details: { filter: { ...query.filter, customer: undefined }, fromId: selection?.loId ?? null, toId: selection?.hiId ?? null },
          },
        })).result;
        await streamAuditCsv({ repository: audit.repository, selection, res, filename: `audit-log-${nowIso.slice(0, 10)}.csv` });
      },
    },
    listRoute({ access: 'audit.read', contract: auditListContract, list: audit.list, row: auditListRowSchema }),
    recordRoute({ resource: 'audit-log', access: 'audit.read', get: audit.get, response: auditDetailSchema }),
    {
      // Personal values of one entry; the reveal is recorded before they are sent.
      method: 'post',
      path: '/api/audit-log/:id/reveal',
      access: 'audit.reveal',
      schemas: { body: null, response: auditDetailSchema },
      handler: (req, res) => {
        const id = parseRecordId(req.params.id);
        parseOr400(z.object({}).strict(), req.body ?? {}, 'reveal');
        const detail = changes.apply(() => {
          const revealed = audit.revealed(id);
          const fields = [...revealed.changes.filter((line) => line.isPersonal).map((line) => line.field), ...Object.keys(revealed.personalContext)];
          return {
            result: revealed,
            audit: {
              actor: actorOf(req),
              action: 'audit.reveal',
              targetType: 'audit_entry',
              targetId: id,
              customerId: revealed.customerId,
              details: { fields },
            },
          };
        }).result;
        res.json(detail);
      },
    },
    listRoute({
      access: 'audit.verify',
      contract: checkpointListContract,
      list: (query) => checkpoints.list(query.sort.order, query.offset, query.limit),
      row: checkpointRowSchema,
    }),
    {
      method: 'post',
      path: '/api/audit-checkpoints',
      access: 'audit.verify',
      schemas: { body: null, response: createdCheckpointSchema, status: 201 },
      handler: async (req, res) => {
        parseOr400(z.object({}).strict(), req.body ?? {}, 'checkpoint');
        res.status(201).json(await checkpoints.create(actorOf(req)));
      },
    },
    {
      method: 'get',
      path: '/api/audit-checkpoints/:id/export',
      access: 'audit.verify',
      schemas: { response: { file: 'application/json' } },
      handler: (req, res) => {
        const file = checkpoints.exportCheckpoint(parseRecordId(req.params.id), actorOf(req));
        res.setHeader('Content-Disposition', `attachment; filename="guichet-audit-checkpoint-${file.checkpoint}.json"`);
        res.json(file);
      },
    },
    {
      method: 'post',
      path: '/api/audit-checkpoints/check',
      access: 'audit.verify',
      schemas: { body: exportedCheckpointSchema, response: exportCheckSchema },
      // A read that happens to carry a body (the file): it changes nothing and records nothing.
      auditPolicy: 'no-change',
      handler: async (req, res) => res.json(await checkpoints.check(parseOr400(exportedCheckpointSchema, req.body, 'checkpoint file'))),
    },
  ];
}
