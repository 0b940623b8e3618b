import type { Database_ } from '../../../db/client.js';
import type { CustomerEmails } from '../customers/email-replacement.js';

export function createBackupEmailRepository({ sqlite }: Database_) {
  const load = sqlite.prepare<[number], CustomerEmails>(
    `SELECT id, nic_handle AS nicHandle, state, first_name AS firstName, last_name AS lastName, organisation, language,
            primary_email AS primaryEmail, backup_email AS backupEmail, version FROM customers WHERE id = ?`,
  );
  return { load: (id: number) => load.get(id) };
}
