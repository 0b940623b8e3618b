import type { Database_ } from '../../../db/client.js';
import type { ServiceCaller } from '../../http/service-token.js';
import { fieldErrors } from '../../http/validate.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { Detector } from '../flags/detection/detector.js';
import { batchTooLarge } from '../flags/flags.errors.js';
import { locate } from './geo-locate.js';
import { createLoginIngestRepository, type IngestAccount } from './login-ingest.repository.js';
import type { RuleEvent } from '../flags/detection/rules.js';
import { decodeReferences, encodeReferences, type DetectionState } from '../flags/detection/state.js';
import { parseLoginEvent, maxBatchSize, type LoginEventRecord, type RejectedRecord } from './login-ingest.schemas.js';

interface LoginIngestDeps {
  database: Database_;
  changes: AuditedChanges;
  detector: Detector;
}

const stateOf = ({ basis, newestAt, referenceEvents }: IngestAccount): DetectionState | null =>
  basis === null || newestAt === null || referenceEvents === null ? null : { basis, newestAt, references: decodeReferences(referenceEvents) };

/**
 * A batch from the login system: every record checked on its own (a bad one is reported with its
 * index, the good ones are stored), stored once by its own id, run through the rules, and the
 * whole batch recorded by one audit entry.
 */
export function createLoginIngestService({ database, changes, detector }: LoginIngestDeps) {
  const repository = createLoginIngestRepository(database);

  function ingest(caller: ServiceCaller, batch: readonly unknown[]) {
    if (batch.length > maxBatchSize) throw batchTooLarge(maxBatchSize);
    const rejected: RejectedRecord[] = [];
    const valid: { index: number; record: LoginEventRecord }[] = [];
    batch.forEach((raw, index) => {
      const parsed = parseLoginEvent(raw);
      if (parsed.success) valid.push({ index, record: parsed.data });
      else rejected.push({ index, code: 'ingest.invalid_record', message: 'This login event is invalid.', errors: fieldErrors(parsed.error) });
    });
    // Locating is pure work: done before the transaction opens, so the write lock is held briefly.
    const located = valid.map(({ index, record }) => {
      const reported = record.latitude !== undefined && record.longitude !== undefined;
      const where = reported
        ? { latitude: record.latitude as number, longitude: record.longitude as number, source: 'reported' as const }
        : locate(record.ip, record.country);
      return { index, record, where };
    });

    const { result } = changes.apply(({ nowIso }) => {
      // Each account is read when its first event is stored, not all up front: the insert's foreign-key
      // check then finds the customer's page still in SQLite's cache (a batch's 1,000 accounts read
      // first would have pushed it out, and the insert would read it again).
      const accounts = new Map<string, IngestAccount | undefined>();
      const accountOf = (handle: string) => {
        if (!accounts.has(handle)) accounts.set(handle, repository.account(handle));
        return accounts.get(handle);
      };
      const fresh = new Map<IngestAccount, RuleEvent[]>();
      let stored = 0;
      let firstStoredId: number | null = null;
      let duplicates = 0;
      for (const { index, record, where } of located) {
        const account = accountOf(record.account);
        if (!account) {
          rejected.push({ index, code: 'ingest.unknown_account', message: 'No account has this NIC-handle.' });
          continue;
        }
        // An erased account keeps no new personal data (SPEC §4.5).
        if (account.state === 'erased') {
          rejected.push({ index, code: 'ingest.account_erased', message: 'This account has been erased; the event is not kept.' });
          continue;
        }
        const id = repository.insert({
          customerId: account.id,
          occurredAt: record.occurredAt,
          ip: record.ip,
          country: record.country,
          device: record.deviceLabel,
          deviceId: record.deviceId,
          result: record.result,
          isNewDevice: record.isNewDevice ? 1 : 0,
          latitude: where?.latitude ?? null,
          longitude: where?.longitude ?? null,
          locationSource: where?.source ?? null,
          externalId: record.id,
        });
        if (id === null) {
          duplicates++;
          continue;
        }
        stored++;
        if (firstStoredId === null) firstStoredId = id;
        const event: RuleEvent = {
          id,
          at: Date.parse(record.occurredAt),
          country: record.country,
          result: record.result,
          isNewDevice: record.isNewDevice,
          latitude: where?.latitude ?? null,
          longitude: where?.longitude ?? null,
        };
        const events = fresh.get(account);
        if (events) events.push(event);
        else fresh.set(account, [event]);
      }
      const flags = { raised: [] as number[], joined: [] as number[] };
      for (const [account, events] of fresh) {
        const found = detector.ingestDetections(account.id, stateOf(account), events);
        const recorded = detector.record(account.id, found.detections, nowIso, firstStoredId ?? undefined);
        repository.saveState(account.id, found.state.basis, found.state.newestAt, encodeReferences(found.state.references), account.basis !== null);
        flags.raised.push(...recorded.raised);
        flags.joined.push(...new Set(recorded.joined));
      }
      rejected.sort((a, b) => a.index - b.index);
      const summary = { received: batch.length, stored, duplicates, rejected: rejected.length };
      return {
        result: { ...summary, rejected, flags },
        audit: {
          actor: null,
          action: 'login_events.ingest',
          targetType: 'login_event_batch',
          details: { tokenId: caller.tokenId, ...summary, flagsRaised: flags.raised, flagsJoined: [...new Set(flags.joined)] },
        },
      };
    });
    return result;
  }

  return { ingest };
}

export type LoginIngestService = ReturnType<typeof createLoginIngestService>;
