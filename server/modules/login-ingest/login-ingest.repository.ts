import type { Database_ } from '../../../db/client.js';
import type { LoginResult, locationSources } from '../../../db/schema/activity.js';

export interface NewLoginEvent {
  customerId: number;
  occurredAt: string;
  ip: string;
  country: string;
  device: string;
  deviceId: string;
  result: LoginResult;
  isNewDevice: number;
  latitude: number | null;
  longitude: number | null;
  locationSource: (typeof locationSources)[number] | null;
  externalId: string;
}

export function createLoginIngestRepository({ sqlite }: Database_) {
  const account = sqlite.prepare<[string], { id: number; state: string }>(`SELECT id, state FROM customers WHERE nic_handle = ?`);
  // The login system's own id makes a resent event a no-op: `changes` is 0 for a duplicate.
  const insert = sqlite.prepare<NewLoginEvent>(
    `INSERT INTO login_events (customer_id, occurred_at, ip, country, device, device_id, result, is_new_device, latitude, longitude, location_source, external_id)
     VALUES (@customerId, @occurredAt, @ip, @country, @device, @deviceId, @result, @isNewDevice, @latitude, @longitude, @locationSource, @externalId)
     ON CONFLICT (external_id) DO NOTHING`,
  );
  return {
    account: (nicHandle: string) => account.get(nicHandle),
    /** The new row's id, or null when the event was already stored. */
    insert: (row: NewLoginEvent) => {
      const result = insert.run(row);
      return result.changes === 1 ? Number(result.lastInsertRowid) : null;
    },
  };
}
