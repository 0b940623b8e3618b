import type { Database_ } from '../../../db/client.js';

export function createCustomerKeysRepository({ sqlite }: Database_) {
  const find = sqlite.prepare<[number], { wrappedKey: string | null }>('SELECT wrapped_key AS wrappedKey FROM customer_keys WHERE customer_id = ?');
  const insert = sqlite.prepare<[number, string, string]>(
    'INSERT INTO customer_keys (customer_id, wrapped_key, created_at) VALUES (?, ?, ?) ON CONFLICT (customer_id) DO NOTHING',
  );
  // A destroyed key stays destroyed; a customer that never had one gets a tombstone so none is made later.
  const destroy = sqlite.prepare<{ customerId: number; now: string }>(
    `INSERT INTO customer_keys (customer_id, wrapped_key, created_at, destroyed_at) VALUES (@customerId, NULL, @now, @now)
     ON CONFLICT (customer_id) DO UPDATE SET wrapped_key = NULL, destroyed_at = coalesce(destroyed_at, @now)`,
  );
  return {
    find: (customerId: number) => find.get(customerId),
    insertIfAbsent: (customerId: number, wrappedKey: string, nowIso: string) => void insert.run(customerId, wrappedKey, nowIso),
    destroy: (customerId: number, nowIso: string) => void destroy.run({ customerId, now: nowIso }),
  };
}
