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

const unknownAccount = { code: 'ingest.unknown_account', message: 'No account has this NIC-handle.' } as const;
// An erased account keeps no new personal data (SPEC §4.5).
const erasedAccount = { code: 'ingest.account_erased', message: 'This account has been erased; the event is not kept.' } as const;

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

    // One account at a time, its events in the order they came: every page an account needs (its
    // customer row, which the insert's foreign-key check reads again, its detection state, read then
    // rewritten, its flags) is used while still in SQLite's cache, where a pass over the whole batch per
    // step would have read each again after the batch's other accounts pushed it out.
    const byAccount = new Map<string, typeof located>();
    for (const item of located) {
      const items = byAccount.get(item.record.account);
      if (items) items.push(item);
      else byAccount.set(item.record.account, [item]);
    }

    const { result } = changes.apply(({ nowIso }) => {
      let stored = 0;
      let duplicates = 0;
      const flags = { raised: [] as number[], joined: [] as number[] };
      for (const [handle, items] of byAccount) {
        const account = repository.account(handle);
        if (!account || account.state === 'erased') {
          for (const { index } of items) rejected.push({ index, ...(account ? erasedAccount : unknownAccount) });
          continue;
        }
        const events: RuleEvent[] = [];
        for (const { record, where } of items) {
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
          events.push({
            id,
            at: Date.parse(record.occurredAt),
            country: record.country,
            result: record.result,
            isNewDevice: record.isNewDevice,
            latitude: where?.latitude ?? null,
            longitude: where?.longitude ?? null,
          });
        }
        if (events.length === 0) continue;
        stored += events.length;
        const found = detector.ingestDetections(account.id, stateOf(account), events);
        // The account's events stored just now cannot be evidence yet: only older ones are looked up.
        const recorded = detector.record(account.id, found.detections, nowIso, (events[0] as RuleEvent).id);
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
