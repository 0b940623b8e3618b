import type { Database_ } from '../../../db/client.js';
import { localeFor } from '../../../templates/emails/index.js';
import { renderAccessReport } from '../../../templates/letters/gdpr-access-report.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import * as errors from './gdpr.errors.js';
import type { GdprFiles } from './gdpr.files.js';
import { buildPortabilityExport } from './gdpr.portability.js';
import { createGdprRepository, type GdprRequestRow } from './gdpr.repository.js';
import { isClosed } from './gdpr.rules.js';
import { requestRef, type GdprService } from './gdpr.service.js';
import type { SubjectDataReader } from './gdpr.subject-data.js';

export type GeneratedKind = 'access_report' | 'portability_export';
const rightFor: Record<GeneratedKind, GdprRequestRow['right']> = { access_report: 'access', portability_export: 'portability' };

interface FulfilmentDeps {
  database: Database_;
  changes: AuditedChanges;
  files: GdprFiles;
  subjectData: SubjectDataReader;
  service: GdprService;
  clock: () => Date;
}

/**
 * Art. 15 report and Art. 20 export: read and rendered outside any write transaction, written to disk,
 * then recorded with the request in one audited change (which checks the request again and removes the
 * file if it refuses). Downloads are compliance-only and each one is audited.
 */
export function createGdprFulfilment({ database, changes, files, subjectData, service, clock }: FulfilmentDeps) {
  const repository = createGdprRepository(database);

  function checkGeneratable(row: GdprRequestRow | undefined, kind: GeneratedKind): asserts row is GdprRequestRow & { customerId: number } {
    if (!row) throw errors.requestNotFound();
    if (isClosed(row.status)) throw errors.requestClosed();
    if (row.right !== rightFor[kind]) throw errors.wrongRight(`produce the ${kind.replace('_', ' ')}`, row.right);
    if (row.customerId === null) throw errors.notLinked();
    if (!row.identityVerifiedAt) throw errors.identityNotVerified();
  }

  async function render(row: GdprRequestRow & { customerId: number }, kind: GeneratedKind, now: Date) {
    const data = subjectData.collect(row.customerId);
    if (!data) throw errors.notLinked();
    if (kind === 'access_report') {
      const bytes = await renderAccessReport({ data, locale: localeFor(row.language), reference: requestRef(row.id), receivedOn: row.receivedOn, date: now });
      return { bytes, mediaType: 'application/pdf', counts: countsOf(data) };
    }
    const document = buildPortabilityExport(data, { requestReference: requestRef(row.id), generatedAt: now.toISOString() });
    return { bytes: Buffer.from(JSON.stringify(document, null, 2)), mediaType: 'application/json', counts: countsOf(data) };
  }

  const countsOf = (data: NonNullable<ReturnType<SubjectDataReader['collect']>>) => ({
    ...Object.fromEntries(Object.entries(data.tables).map(([table, rows]) => [table, rows.length])),
    audit_log: data.audit.length,
  });

  async function generate(actor: AuditActor, id: number, kind: GeneratedKind) {
    const row = repository.load(id);
    checkGeneratable(row, kind);
    const now = clock();
    const { bytes, mediaType, counts } = await render(row, kind, now);
    const stored = await files.store({ requestId: id, customerId: row.customerId, kind, bytes, mediaType });
    try {
      return changes.apply((change) => {
        const current = repository.load(id);
        checkGeneratable(current, kind);
        const file = repository.insertFile({ ...stored, requestId: id, customerId: current.customerId, createdAt: change.nowIso });
        return {
          result: file.id,
          audit: service.entry(actor, current, `gdpr.${kind}_generated`, { fileId: file.id, sizeBytes: stored.sizeBytes, sha256: stored.sha256, counts }),
        };
      }).result;
    } catch (error) {
      await files.remove(stored.storagePath);
      throw error;
    }
  }

  /** A sensitive read: the download is recorded before the bytes leave. */
  async function download(actor: AuditActor, id: number, fileId: number) {
    const file = changes.apply(() => {
      const row = repository.load(id);
      if (!row) throw errors.requestNotFound();
      const found = repository.file(id, fileId);
      if (!found) throw errors.fileNotFound();
      return { result: found, audit: service.entry(actor, row, 'gdpr.file_downloaded', { fileId, kind: found.kind, sha256: found.sha256 }) };
    }).result;
    return { file, bytes: await files.read(file) };
  }

  return { generate, download };
}

export type GdprFulfilment = ReturnType<typeof createGdprFulfilment>;
