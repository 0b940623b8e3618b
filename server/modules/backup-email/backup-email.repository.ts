import type { Database_ } from '../../../db/client.js';
import type { CustomerState } from '../../../db/schema/customers.js';

export interface CustomerEmails {
  id: number;
  nicHandle: string;
  state: CustomerState;
  firstName: string;
  lastName: string;
  organisation: string | null;
  language: string;
  primaryEmail: string;
  backupEmail: string | null;
  version: number;
}

export function createBackupEmailRepository({ sqlite }: Database_) {
  const load = sqlite.prepare<[number], CustomerEmails>(
    `SELECT id, nic_handle AS nicHandle, state, first_name AS firstName, last_name AS lastName, organisation, language,
            primary_email AS primaryEmail, backup_email AS backupEmail, version FROM customers WHERE id = ?`,
  );
  const promote = sqlite.prepare<{ id: number; version: number; now: string }>(
    `UPDATE customers SET primary_email = backup_email, backup_email = NULL, new_backup_required = 1,
            version = version + 1, updated_at = @now
     WHERE id = @id AND version = @version AND backup_email IS NOT NULL`,
  );
  const history = sqlite.prepare<{
    customerId: number;
    now: string;
    slot: 'primary' | 'backup';
    oldValue: string | null;
    newValue: string | null;
    cause: string;
    staffId: number;
  }>(
    `INSERT INTO email_history (customer_id, changed_at, slot, old_value, new_value, cause, staff_id)
     VALUES (@customerId, @now, @slot, @oldValue, @newValue, @cause, @staffId)`,
  );
  return {
    load: (id: number) => load.get(id),
    /** False when the version no longer matches (someone changed the record first). */
    promoteAtVersion: (id: number, version: number, now: string) => promote.run({ id, version, now }).changes === 1,
    recordHistory: (row: Parameters<typeof history.run>[0]) => history.run(row),
  };
}
