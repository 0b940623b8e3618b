import type { Database_ } from '../../../db/client.js';
import type { Location } from './geo-locate.js';
import type { LoginEventRecord } from './login-ingest.schemas.js';

/** A batch's account, with its detection state when it has one. */
export interface IngestAccount {
  id: number;
  state: string;
  basis: string | null;
  newestAt: number | null;
  referenceEvents: Buffer | null;
}

export function createLoginIngestRepository({ sqlite }: Database_) {
  // An account by its (normalised) handle, through the unique index, with its detection state.
  const account = sqlite.prepare<[string], IngestAccount>(
    `SELECT c.id, c.state, s.basis, s.newest_at AS newestAt, s.reference_events AS referenceEvents
     FROM customers c LEFT JOIN login_detection_state s ON s.customer_id = c.id WHERE c.nic_handle = ?`,
  );
  // The login system's own id makes a resent event a no-op: `changes` is 0 for a duplicate.
  const insert = sqlite.prepare<[number, string, string, string, string, string, string, number, number | null, number | null, string | null, string]>(
    `INSERT INTO login_events (customer_id, occurred_at, ip, country, device, device_id, result, is_new_device, latitude, longitude, location_source, external_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (external_id) DO NOTHING`,
  );
  // The batch read each account's state in the same transaction, so it knows which statement applies:
  // an UPDATE in place for the usual account (one B-tree step, where an upsert tries the insert first).
  const insertState = sqlite.prepare<[string, number, Buffer, number]>(
    `INSERT INTO login_detection_state (basis, newest_at, reference_events, customer_id) VALUES (?, ?, ?, ?)`,
  );
  const updateState = sqlite.prepare<[string, number, Buffer, number]>(
    `UPDATE login_detection_state SET basis = ?, newest_at = ?, reference_events = ? WHERE customer_id = ?`,
  );
  return {
    /** The account of this (normalised) handle; undefined for an unknown handle. */
    account: (handle: string) => account.get(handle),
    /** The new row's id, or null when the event was already stored. Positional: 1,000 rows a batch. */
    insert: (customerId: number, event: LoginEventRecord, where: Location | null) => {
      const result = insert.run(
        customerId,
        event.occurredAt,
        event.ip,
        event.country,
        event.deviceLabel,
        event.deviceId,
        event.result,
        event.isNewDevice ? 1 : 0,
        where?.latitude ?? null,
        where?.longitude ?? null,
        where?.source ?? null,
        event.id,
      );
      return result.changes === 1 ? Number(result.lastInsertRowid) : null;
    },
    /** Stores an account's next detection state; `replaces`: whether it had one when the batch read it. */
    saveState: (customerId: number, basis: string, newestAt: number, referenceEvents: Buffer, replaces: boolean) =>
      (replaces ? updateState : insertState).run(basis, newestAt, referenceEvents, customerId),
  };
}
