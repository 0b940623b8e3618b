import type { Database_ } from '../../../db/client.js';

export interface TwoFactorState {
  secret: string | null;
  pending: string | null;
  lastStep: number | null;
  enrolledAt: string | null;
  email: string;
}

// Prepared once: the state is read at every sign-in and confirmation of an enrolled person.
export function createTwoFactorRepository({ sqlite }: Database_) {
  const state = sqlite.prepare<[number], TwoFactorState>(
    `SELECT totp_secret AS secret, totp_pending_secret AS pending, totp_last_step AS lastStep, totp_enrolled_at AS enrolledAt, email
     FROM staff WHERE id = ?`,
  );
  const setPending = sqlite.prepare<[string, string, number]>('UPDATE staff SET totp_pending_secret = ?, updated_at = ? WHERE id = ? AND totp_secret IS NULL');
  // Compare-and-set on the pending secret the code was checked against: a second start meanwhile wins.
  const confirm = sqlite.prepare<[number, string, string, number, string]>(
    `UPDATE staff SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = ?, totp_enrolled_at = ?, updated_at = ?
     WHERE id = ? AND totp_secret IS NULL AND totp_pending_secret = ?`,
  );
  // One statement: of two requests carrying the same code, exactly one moves the step forward.
  const useStep = sqlite.prepare<[number, number, number]>(
    'UPDATE staff SET totp_last_step = ? WHERE id = ? AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < ?)',
  );
  const unusedCodes = sqlite.prepare<[number], { id: number; codeHash: string }>(
    'SELECT id, code_hash AS codeHash FROM staff_recovery_codes WHERE staff_id = ? AND used_at IS NULL ORDER BY id',
  );
  const useCode = sqlite.prepare<[string, number, number]>('UPDATE staff_recovery_codes SET used_at = ? WHERE id = ? AND staff_id = ? AND used_at IS NULL');
  const deleteCodes = sqlite.prepare<[number]>('DELETE FROM staff_recovery_codes WHERE staff_id = ?');
  const insertCode = sqlite.prepare<[number, string, string]>('INSERT INTO staff_recovery_codes (staff_id, code_hash, created_at) VALUES (?, ?, ?)');
  const countUnused = sqlite.prepare<[number], { n: number }>('SELECT count(*) AS n FROM staff_recovery_codes WHERE staff_id = ? AND used_at IS NULL');

  return {
    state: (staffId: number) => state.get(staffId),
    setPending: (staffId: number, sealed: string, now: string) => setPending.run(sealed, now, staffId).changes > 0,
    confirm: (staffId: number, pending: string, step: number, now: string) => confirm.run(step, now, now, staffId, pending).changes > 0,
    useStep: (staffId: number, step: number) => useStep.run(step, staffId, step).changes > 0,
    unusedCodes: (staffId: number) => unusedCodes.all(staffId),
    useCode: (staffId: number, codeId: number, now: string) => useCode.run(now, codeId, staffId).changes > 0,
    replaceCodes(staffId: number, hashes: readonly string[], now: string) {
      deleteCodes.run(staffId);
      for (const hash of hashes) insertCode.run(staffId, hash, now);
    },
    countUnusedCodes: (staffId: number) => countUnused.get(staffId)?.n ?? 0,
  };
}
