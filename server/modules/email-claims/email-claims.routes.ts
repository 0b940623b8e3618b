import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import { z, type ZodType } from 'zod';
import { listRoute, parseRecordId } from '../../http/list-query.js';
import { actorOf, authOf, type RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { acceptedTypes, documentUpload, stagedFilesOf, type EncryptionChoice } from '../claim-documents/claim-documents.upload.js';
import { AppError } from '../../http/errors.js';
import type { DocumentKind } from '../../../db/schema/email-claims.js';
import type { CustomerKeys } from '../customer-keys/customer-keys.service.js';
import type { BlockedActions } from '../blocked-actions/blocked-actions.js';
import type { ClaimDocumentsService } from '../claim-documents/claim-documents.service.js';
import type { DocumentStorage } from '../claim-documents/document-storage.js';
import * as errors from './email-claims.errors.js';
import type { ClaimLetters } from './email-claims.letters.js';
import { claimReference, identityKinds } from './email-claims.rules.js';
import * as schemas from './email-claims.schemas.js';
import type { EmailClaimsService } from './email-claims.service.js';
import { claimDetailSchema, claimViewSchema, createClaimDetail, toClaimView } from './email-claims.views.js';
import type { Database_ } from '../../../db/client.js';
import type { AppConfig } from '../../config.js';

interface Deps {
  database: Database_;
  service: EmailClaimsService;
  documents: ClaimDocumentsService;
  letters: ClaimLetters;
  storage: DocumentStorage;
  config: AppConfig['claims'];
  customerKeys: CustomerKeys;
  blocked: BlockedActions;
}

const dispositionQuery = z.object({ disposition: z.enum(['inline', 'attachment']).default('attachment') }).strict();

export function emailClaimsRoutes({ database, service, documents, letters, storage, config, customerKeys, blocked }: Deps): RouteDefinition[] {
  const detailOf = createClaimDetail(database, service.repository, blocked);
  const sendDetail = (req: Parameters<RouteDefinition['handler']>[0], res: Response, id: number) => {
    const claim = service.repository.findById(id);
    if (!claim) throw errors.claimNotFound();
    res.json(detailOf(claim, authOf(req).staff, service.now(), config));
  };
  const action = (
    path: string,
    access: 'claims.manage' | 'claims.approve',
    /** The schema `run` parses the body with, declared for the OpenAPI document. */
    body: ZodType,
    run: (req: Parameters<RouteDefinition['handler']>[0], id: number) => unknown,
    reauth: RouteDefinition['reauth'] = false,
  ): RouteDefinition => ({
    method: 'post',
    path: `/api/email-claims/:id/${path}`,
    access,
    schemas: { body, response: claimDetailSchema },
    ...(reauth ? { reauth } : {}),
    handler: (req, res) => {
      const id = parseRecordId(req.params.id);
      run(req, id);
      sendDetail(req, res, id);
    },
  });

  // Identity documents are encrypted with the account's key as they stream in (SPEC §4.4).
  const encryptionOf: EncryptionChoice = (req) => {
    const kind = (req.body as { kind?: unknown }).kind;
    if (typeof kind !== 'string') throw new AppError(400, 'claim_documents.kind_first', 'Send the "kind" field before the files.', { kind: 'required' });
    const claim = identityKinds.includes(kind as DocumentKind) ? service.repository.findById(parseRecordId(req.params.id)) : undefined;
    return { customerId: claim?.customerId ?? null, encrypt: (customerId) => customerKeys.encryptingStream(customerId) };
  };

  return [
    listRoute({
      access: 'claims.manage',
      contract: schemas.claimListContract,
      list: (query) => {
        const page = service.list(query);
        const now = service.now();
        return { ...page, rows: page.rows.map((row) => toClaimView(row, now, config.undecidedDays)) };
      },
      row: claimViewSchema,
    }),
    {
      method: 'get',
      path: '/api/email-claims/:id',
      access: 'claims.manage',
      schemas: { response: claimDetailSchema },
      handler: (req, res) => sendDetail(req, res, parseRecordId(req.params.id)),
    },
    {
      method: 'post',
      path: '/api/email-claims',
      access: 'claims.manage',
      schemas: { body: schemas.recordClaimBody, response: claimDetailSchema, status: 201 },
      handler: (req, res) => {
        const { result } = service.record(actorOf(req), parseOr400(schemas.recordClaimBody, req.body, 'claim'));
        res.status(201);
        sendDetail(req, res, result.id);
      },
    },
    action('match', 'claims.manage', schemas.matchBody, (req, id) => service.match(actorOf(req), id, parseOr400(schemas.matchBody, req.body, 'match'))),
    action('start-review', 'claims.manage', schemas.versionBody, (req, id) =>
      service.startReview(actorOf(req), id, parseOr400(schemas.versionBody, req.body, 'review')),
    ),
    action('request-documents', 'claims.manage', schemas.requestDocumentsBody, (req, id) =>
      service.requestDocuments(actorOf(req), id, parseOr400(schemas.requestDocumentsBody, req.body, 'request')),
    ),
    // The second person's approval: a lead, freshly re-authenticated (SPEC §4.4, four-eyes).
    action(
      'approve',
      'claims.approve',
      schemas.versionBody,
      (req, id) => service.approve(actorOf(req), id, parseOr400(schemas.versionBody, req.body, 'approval')),
      true,
    ),
    action('reject', 'claims.manage', schemas.rejectBody, (req, id) => service.reject(actorOf(req), id, parseOr400(schemas.rejectBody, req.body, 'rejection'))),
    action('object', 'claims.manage', schemas.objectBody, (req, id) => service.object(actorOf(req), id, parseOr400(schemas.objectBody, req.body, 'objection'))),
    // Passing a lock (an open high-severity flag) needs a lead's fresh confirmation, as for the promotion.
    action(
      'apply',
      'claims.manage',
      schemas.applyBody,
      (req, id) => service.apply(actorOf(req), id, parseOr400(schemas.applyBody, req.body, 'apply')),
      (req) => typeof (req.body as { overrideReason?: unknown } | undefined)?.overrideReason === 'string',
    ),
    {
      method: 'post',
      path: '/api/email-claims/:id/documents',
      access: 'claims.manage',
      // `kind` before the files: the engine decides whether to encrypt before the first file arrives.
      schemas: { body: { multipart: { files: ['files'], fields: schemas.uploadFields } }, response: claimDetailSchema, status: 201 },
      before: [documentUpload(storage, { maxBytes: config.documentMaxBytes, maxFiles: config.documentMaxFiles }, encryptionOf)],
      handler: async (req, res) => {
        const id = parseRecordId(req.params.id);
        const files = stagedFilesOf(req);
        let kind;
        try {
          kind = parseOr400(schemas.uploadFields, { ...(req.body as object) }, 'upload').kind;
        } catch (error) {
          await Promise.all(files.map((f) => storage.discard(f.stagedId)));
          throw error;
        }
        await documents.upload(actorOf(req), id, kind, files);
        res.status(201);
        sendDetail(req, res, id);
      },
    },
    {
      method: 'post',
      path: '/api/claim-documents/:id/decision',
      access: 'claims.manage',
      schemas: { body: schemas.documentDecisionBody, response: claimDetailSchema },
      handler: (req, res) => {
        const { result } = service.decideDocument(actorOf(req), parseRecordId(req.params.id), parseOr400(schemas.documentDecisionBody, req.body, 'decision'));
        sendDetail(req, res, result.id);
      },
    },
    {
      method: 'get',
      path: '/api/claim-documents/:id/file',
      access: 'claims.manage',
      schemas: { query: dispositionQuery, response: { file: ['application/pdf', 'image/jpeg', 'image/png'] } },
      handler: async (req, res) => {
        const { disposition } = parseOr400(dispositionQuery, req.query, 'document');
        const { document, streams } = documents.open(actorOf(req), parseRecordId(req.params.id), disposition);
        const parts = await streams();
        const extension = acceptedTypes[document.mimeType as keyof typeof acceptedTypes] ?? 'bin';
        res.setHeader('Content-Type', document.mimeType);
        res.setHeader('Content-Length', String(document.sizeBytes));
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Cache-Control', 'no-store');
        // The file is the customer's, not ours: shown in a sandbox that runs nothing, or downloaded.
        res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'");
        res.setHeader('Content-Disposition', `${disposition}; filename="${claimReference(document.claimId)}-${document.id}.${extension}"`);
        res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
        await pipeline([...parts, res]);
      },
    },
    {
      method: 'get',
      path: '/api/claim-letters/:id/pdf',
      access: 'claims.manage',
      schemas: { response: { file: 'application/pdf' } },
      handler: (req, res) => {
        const id = parseRecordId(req.params.id);
        const letter = letters.pdf(id);
        if (!letter) throw errors.letterNotFound();
        if (!letter.pdf) throw errors.letterNotReady(letter.status);
        res.setHeader('Content-Type', 'application/pdf');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Content-Disposition', `inline; filename="${claimReference(letter.claimId)}-${letter.kind.replace('claim_', '')}.pdf"`);
        res.send(letter.pdf);
      },
    },
    {
      method: 'post',
      path: '/api/claim-letters/:id/retry',
      access: 'claims.manage',
      schemas: { body: null, response: claimDetailSchema },
      handler: async (req, res) => {
        const id = parseRecordId(req.params.id);
        const claimId = service.retryLetter(actorOf(req), id);
        await letters.render(id);
        sendDetail(req, res, claimId);
      },
    },
  ];
}
