import type { Database_ } from '../../../db/client.js';
import type { ServiceCaller } from '../../http/service-token.js';
import { fieldErrors } from '../../http/validate.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { Detector } from '../flags/detection/detector.js';
import { batchTooLarge } from '../flags/flags.errors.js';
import { locate, type Location } from './geo-locate.js';
import { createLoginIngestRepository, type IngestAccount } from './login-ingest.repository.js';
import type { RuleEvent } from '../flags/detection/rules.js';
import { decodeReferences, encodeReferences, type DetectionState } from '../flags/detection/state.js';
import { parseLoginEvent, maxBatchSize, type LoginEventRecord, type RejectedRecord } from './login-ingest.schemas.js';

interface LoginIngestDeps {
  database: Database_;
  changes: AuditedChanges;
  detector: Detector;
}

interface Located {
  index: number;
  record: LoginEventRecord;
  where: Location | null;
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
    // One account at a time, its events in the order they came: every page an account needs (its
    // customer row, which the insert's foreign-key check reads again, its detection state, read then
    // rewritten, its flags) is used while still in SQLite's cache, where a pass over the whole batch per
    // step would have read each again after the batch's other accounts pushed it out. Checking and
    // locating are pure work, done here before the transaction opens, so the write lock is held briefly.
    const byAccount = new Map<string, Located[]>();
    for (let index = 0; index < batch.length; index++) {
      const parsed = parseLoginEvent(batch[index]);
      if (!parsed.success) {
        rejected.push({ index, code: 'ingest.invalid_record', message: 'This login event is invalid.', errors: fieldErrors(parsed.error) });
        continue;
      }
      const record = parsed.data;
      const where =
        record.latitude !== undefined && record.longitude !== undefined
          ? { latitude: record.latitude, longitude: record.longitude, source: 'reported' as const }
          : locate(record.ip, record.country);
      const item = { index, record, where };
      const items = byAccount.get(record.account);
      if (items) items.push(item);
      else byAccount.set(record.account, [item]);
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
          const id = repository.insert(account.id, record, where);
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
        if (recorded.raised.length > 0) flags.raised.push(...recorded.raised);
        if (recorded.joined.length > 0) flags.joined.push(...new Set(recorded.joined));
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
