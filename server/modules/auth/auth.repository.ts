import type { Database_ } from '../../../db/client.js';
import type { StaffRole } from '../../../db/schema/staff.js';

export interface StaffCredentials {
  id: number;
  email: string;
  displayName: string;
  role: StaffRole;
  passwordHash: string;
  isActive: number;
  totpSecret: string | null;
  failedLogins: number;
  lockedUntil: string | null;
}

export interface SessionRow {
  id: string;
  staffId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
  reauthenticatedAt: string | null;
  email: string;
  displayName: string;
  role: StaffRole;
  isActive: number;
  twoFactorEnabled: number;
}

// Prepared once: the session lookup runs on every API request.
export function createAuthRepository({ sqlite }: Database_) {
  const byEmail = sqlite.prepare<[string], StaffCredentials>(
    `SELECT id, email, display_name AS displayName, role, password_hash AS passwordHash, is_active AS isActive, totp_secret AS totpSecret,
            failed_logins AS failedLogins, locked_until AS lockedUntil FROM staff WHERE email = ?`,
  );
  // Failure counting is one atomic statement each (inside the change's IMMEDIATE transaction): parallel
  // wrong passwords all count, none is lost to a read-then-write race.
  const countPairFailure = sqlite.prepare<[number, string, string, string], { failures: number }>(
    `INSERT INTO login_throttles (staff_id, address, failures, blocked_until, last_failure_at) VALUES (?, ?, 1, NULL, ?)
     ON CONFLICT (staff_id, address) DO UPDATE
       SET failures = CASE WHEN last_failure_at < ? THEN 1 ELSE failures + 1 END, last_failure_at = excluded.last_failure_at
     RETURNING failures`,
  );
  const blockPair = sqlite.prepare<[string | null, number, string]>('UPDATE login_throttles SET blocked_until = ? WHERE staff_id = ? AND address = ?');
  const pairBlockedUntil = sqlite.prepare<[number, string], { blockedUntil: string | null }>(
    'SELECT blocked_until AS blockedUntil FROM login_throttles WHERE staff_id = ? AND address = ?',
  );
  const clearPair = sqlite.prepare<[number, string]>('DELETE FROM login_throttles WHERE staff_id = ? AND address = ?');
  const clearAllPairs = sqlite.prepare<[number]>('DELETE FROM login_throttles WHERE staff_id = ?');
  // staff.locked_until mirrors the latest wait of any address, for the admin's staff list.
  const countAccountFailure = sqlite.prepare<[number], { failedLogins: number }>(
    `UPDATE staff SET failed_logins = failed_logins + 1,
       locked_until = (SELECT max(blocked_until) FROM login_throttles WHERE staff_id = staff.id)
     WHERE id = ? RETURNING failed_logins AS failedLogins`,
  );
  const resetAccountFailures = sqlite.prepare<[number]>(
    'UPDATE staff SET failed_logins = 0, locked_until = (SELECT max(blocked_until) FROM login_throttles WHERE staff_id = staff.id) WHERE id = ?',
  );
  const insertSession = sqlite.prepare(
    'INSERT INTO sessions (id, staff_id, csrf_token, created_at, last_seen_at, expires_at, reauthenticated_at, user_agent, client_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const byId = sqlite.prepare<[number], StaffCredentials>(
    `SELECT id, email, display_name AS displayName, role, password_hash AS passwordHash, is_active AS isActive, totp_secret AS totpSecret,
            failed_logins AS failedLogins, locked_until AS lockedUntil FROM staff WHERE id = ?`,
  );
  const markFresh = sqlite.prepare<[string, string]>('UPDATE sessions SET reauthenticated_at = ? WHERE id = ? AND revoked_at IS NULL');
  const sessionById = sqlite.prepare<[string], SessionRow>(
    `SELECT s.id, s.staff_id AS staffId, s.csrf_token AS csrfToken, s.created_at AS createdAt, s.last_seen_at AS lastSeenAt,
            s.expires_at AS expiresAt, s.revoked_at AS revokedAt, s.reauthenticated_at AS reauthenticatedAt, f.email, f.display_name AS displayName, f.role, f.is_active AS isActive,
            f.totp_secret IS NOT NULL AS twoFactorEnabled
     FROM sessions s JOIN staff f ON f.id = s.staff_id WHERE s.id = ?`,
  );
  const touch = sqlite.prepare<[string, string]>('UPDATE sessions SET last_seen_at = ? WHERE id = ?');
  const revoke = sqlite.prepare<[string, string]>('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  const revokeForStaff = sqlite.prepare<[string, number]>('UPDATE sessions SET revoked_at = ? WHERE staff_id = ? AND revoked_at IS NULL');

  return {
    findStaffByEmail: (email: string) => byEmail.get(email),
    /** Counts one failure for the pair and the account; answers the pair's count (restarting after `forgetBefore`). */
    countFailure(staffId: number, address: string, now: string, forgetBefore: string): number {
      return countPairFailure.get(staffId, address, now, forgetBefore)?.failures ?? 1;
    },
    blockPair: (staffId: number, address: string, until: string | null) => blockPair.run(until, staffId, address),
    countAccountFailure: (staffId: number) => countAccountFailure.get(staffId)?.failedLogins ?? 0,
    pairBlockedUntil: (staffId: number, address: string) => pairBlockedUntil.get(staffId, address)?.blockedUntil ?? null,
    /** A successful sign-in from an address clears that address's count only. */
    clearFailures(staffId: number, address: string) {
      clearPair.run(staffId, address);
      resetAccountFailures.run(staffId);
    },
    /** The admin's unlock: every address may try again at once. */
    clearAllFailures(staffId: number) {
      clearAllPairs.run(staffId);
      resetAccountFailures.run(staffId);
    },
    insertSession: (s: {
      id: string;
      staffId: number;
      csrfToken: string;
      now: string;
      expiresAt: string;
      userAgent: string | null;
      clientAddress: string | null;
    }) =>
      // Signing in is itself a fresh confirmation of the password (and code).
      insertSession.run(s.id, s.staffId, s.csrfToken, s.now, s.now, s.expiresAt, s.now, s.userAgent, s.clientAddress),
    findStaffById: (id: number) => byId.get(id),
    markSessionFresh: (id: string, now: string) => markFresh.run(now, id).changes > 0,
    findSession: (id: string) => sessionById.get(id),
    touchSession: (id: string, now: string) => touch.run(now, id),
    revokeSession: (id: string, now: string) => revoke.run(now, id).changes > 0,
    revokeSessionsOfStaff: (staffId: number, now: string) => revokeForStaff.run(now, staffId),
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
