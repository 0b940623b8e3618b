import type { Readable, Transform } from 'node:stream';
import { headerLength, customerKeyTagLength, type CustomerKeys } from '../customer-keys/customer-keys.service.js';
import type { DocumentKind } from '../../../db/schema/email-claims.js';
import type { AppConfig } from '../../config.js';
import { AppError, staleVersion } from '../../http/errors.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import * as errors from '../email-claims/email-claims.errors.js';
import type { EmailClaimsRepository } from '../email-claims/email-claims.repository.js';
import { actionVerbs, transitions } from '../email-claims/email-claims.rules.js';
import type { DocumentStorage } from './document-storage.js';
import { acceptedTypes, displayName, type StagedUpload } from './claim-documents.upload.js';

interface ClaimDocumentsDeps {
  repository: EmailClaimsRepository;
  changes: AuditedChanges;
  storage: DocumentStorage;
  config: AppConfig['claims'];
  log: (line: string) => void;
  customerKeys: CustomerKeys;
}

const isAccepted = (type: string | undefined): type is keyof typeof acceptedTypes => type !== undefined && type in acceptedTypes;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function createClaimDocumentsService({ repository, changes, storage, config, log, customerKeys }: ClaimDocumentsDeps) {
  /**
   * Staged files → committed files → rows, in that order: a crash before the rows leaves only files
   * that no row names, which the start-up sweep removes; a refusal removes the files it committed.
   */
  async function upload(actor: AuditActor, claimId: number, kind: DocumentKind, staged: StagedUpload[]) {
    const committed: string[] = [];
    try {
      if (staged.length === 0) throw new AppError(400, 'claim_documents.no_file', 'Choose at least one file (PDF, JPEG or PNG).', { files: 'required' });
      for (const file of staged) {
        if (file.sizeBytes === 0) throw new AppError(400, 'claim_documents.empty', `“${displayName(file.originalName)}” is empty.`, { files: 'empty file' });
        if (!isAccepted(file.detectedType))
          throw new AppError(
            415,
            'claim_documents.unsupported_type',
            `“${displayName(file.originalName)}” is not a PDF, JPEG or PNG file (judged from its content, not its name).`,
            {
              files: 'PDF, JPEG or PNG only',
            },
          );
      }
      for (const file of staged) committed.push(await storage.commit(file.stagedId));
      const { result } = changes.apply(({ nowIso }) => {
        const claim = repository.findById(claimId);
        if (!claim) throw errors.claimNotFound();
        const { from } = transitions.upload;
        if (!(from as readonly string[]).includes(claim.state)) throw errors.wrongState(actionVerbs.upload, claim.state, from);
        if (claim.customerId === null) throw errors.unmatched();
        if (repository.documentCount(claimId) + staged.length > config.documentMaxFiles) throw errors.tooManyDocuments(config.documentMaxFiles);
        // Encrypted while streaming with the key of the account the claim had then: it must still be that account.
        if (staged.some((file) => file.encryptedFor !== null && file.encryptedFor !== claim.customerId)) throw staleVersion();
        const ids = staged.map((file, index) =>
          repository.insertDocument({
            claimId,
            kind,
            originalName: displayName(file.originalName),
            mimeType: file.detectedType as string,
            sizeBytes: file.sizeBytes,
            sha256: file.sha256,
            storageKey: committed[index] as string,
            encrypted: file.encryptedFor === null ? 0 : 1,
            uploadedBy: actor.id,
            now: nowIso,
          }),
        );
        return {
          result: ids,
          audit: {
            actor,
            action: 'claim_documents.upload',
            targetType: 'email_claim',
            targetId: claimId,
            customerId: claim.customerId,
            ticketRef: claim.ticketRef,
            details: { kind, documents: staged.map((f, i) => ({ id: ids[i], sha256: f.sha256, sizeBytes: f.sizeBytes, mimeType: f.detectedType })) },
          },
        };
      });
      return result;
    } catch (error) {
      await Promise.all([...committed.map((key) => storage.remove(key)), ...staged.map((f) => storage.discard(f.stagedId))]);
      throw error;
    }
  }

  /** Every view and download is itself audited (SPEC §4.4) before a byte is sent. */
  function open(
    actor: AuditActor,
    documentId: number,
    disposition: 'inline' | 'attachment',
  ): { document: NonNullable<ReturnType<EmailClaimsRepository['documentById']>>; streams: () => Promise<(Readable | Transform)[]> } {
    const { result } = changes.apply(() => {
      const row = repository.documentById(documentId);
      if (!row) throw errors.documentNotFound();
      if (row.purgedAt) throw errors.documentPurged();
      const claim = repository.findById(row.claimId);
      return {
        result: { row, customerId: claim?.customerId ?? null },
        audit: {
          actor,
          action: disposition === 'inline' ? 'claim_documents.view' : 'claim_documents.download',
          targetType: 'claim_document',
          targetId: documentId,
          customerId: claim?.customerId ?? null,
          ticketRef: claim?.ticketRef ?? null,
          details: { claimId: row.claimId, kind: row.kind, sha256: row.sha256 },
        },
      };
    });
    const document = result.row;
    async function streams(): Promise<(Readable | Transform)[]> {
      if (!document.encrypted) return [storage.read(document.storageKey)];
      const customerId = result.customerId;
      if (customerId === null) throw errors.documentNotFound();
      // header ‖ ciphertext ‖ tag: read the two ends first, then stream the middle through the decipher.
      const total = await storage.size(document.storageKey);
      const header = await readAll(storage.read(document.storageKey, { start: 0, end: headerLength - 1 }));
      const tag = await readAll(storage.read(document.storageKey, { start: total - customerKeyTagLength, end: total - 1 }));
      const decipher = customerKeys.decryptingStream(customerId, header, tag);
      return [storage.read(document.storageKey, { start: headerLength, end: total - customerKeyTagLength - 1 }), decipher];
    }
    return { document, streams };
  }

  /** Minimisation: files of claims decided more than the retention ago are deleted; rows and fingerprints stay. */
  async function purge(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - config.documentRetentionDays * 86_400_000).toISOString();
    const due = repository.documentsToPurge(cutoff);
    if (due.length === 0) return 0;
    changes.apply(({ nowIso, afterCommit }) => {
      for (const document of due) repository.markPurged(document.id, nowIso);
      // After the commit: a crash in between leaves files no live row names, which the sweep removes.
      afterCommit(() => Promise.all(due.map((d) => storage.remove(d.storageKey))));
      return {
        result: null,
        audit: {
          actor: null,
          action: 'claim_documents.purge',
          targetType: 'claim_document',
          details: { documentIds: due.map((d) => d.id), retentionDays: config.documentRetentionDays },
        },
      };
    });
    await Promise.all(due.map((d) => storage.remove(d.storageKey)));
    return due.length;
  }

  /** At start-up, before serving: staged leftovers and files that no live row names are removed. */
  async function sweep(): Promise<{ staged: number; strays: number }> {
    const { keys, staged } = await storage.list();
    const live = repository.liveStorageKeys();
    const strays = keys.filter((key) => !live.has(key));
    await Promise.all([...staged.map((id) => storage.discard(id)), ...strays.map((key) => storage.remove(key))]);
    if (strays.length + staged.length > 0) log(`document storage sweep: removed ${staged.length} staged and ${strays.length} stray files`);
    return { staged: staged.length, strays: strays.length };
  }

  return { upload, open, purge, sweep };
}

export type ClaimDocumentsService = ReturnType<typeof createClaimDocumentsService>;
