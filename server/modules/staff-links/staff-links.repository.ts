import type { Database_ } from '../../../db/client.js';
import type { StaffRole, StaffTokenPurpose } from '../../../db/schema/staff.js';

export function createStaffLinksRepository({ sqlite }: Database_) {
  const insert = sqlite.prepare<[number, string, string, string, string]>(
    'INSERT INTO staff_tokens (staff_id, purpose, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  // A new link replaces the person's older unused ones.
  const expireOpen = sqlite.prepare<[string, number, string]>(
    'UPDATE staff_tokens SET expires_at = ? WHERE staff_id = ? AND used_at IS NULL AND expires_at > ?',
  );
  // Checks and uses the link in one statement: two parallel uses cannot both succeed.
  const use = sqlite.prepare<[string, string, string], { staffId: number; purpose: StaffTokenPurpose }>(
    `UPDATE staff_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
     RETURNING staff_id AS staffId, purpose`,
  );
  const setPassword = sqlite.prepare<[string, string, number]>('UPDATE staff SET password_hash = ?, updated_at = ?, version = version + 1 WHERE id = ?');
  const roleOf = sqlite.prepare<[number], { role: StaffRole }>('SELECT role FROM staff WHERE id = ?');
  return {
    roleOf: (staffId: number) => roleOf.get(staffId)?.role,
    insert: (t: { staffId: number; purpose: StaffTokenPurpose; tokenHash: string; now: string; expiresAt: string }) => {
      expireOpen.run(t.now, t.staffId, t.now);
      insert.run(t.staffId, t.purpose, t.tokenHash, t.now, t.expiresAt);
    },
    use: (tokenHash: string, now: string) => use.get(now, tokenHash, now),
    setPassword: (staffId: number, passwordHash: string, now: string) => setPassword.run(passwordHash, now, staffId),
  };
}
