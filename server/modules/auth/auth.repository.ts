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
  const setFailures = sqlite.prepare<[number, string | null, number]>('UPDATE staff SET failed_logins = ?, locked_until = ? WHERE id = ?');
  const insertSession = sqlite.prepare(
    'INSERT INTO sessions (id, staff_id, csrf_token, created_at, last_seen_at, expires_at, reauthenticated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
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
    setFailures: (staffId: number, failedLogins: number, lockedUntil: string | null) => setFailures.run(failedLogins, lockedUntil, staffId),
    insertSession: (s: { id: string; staffId: number; csrfToken: string; now: string; expiresAt: string }) =>
      // Signing in is itself a fresh confirmation of the password (and code).
      insertSession.run(s.id, s.staffId, s.csrfToken, s.now, s.now, s.expiresAt, s.now),
    findStaffById: (id: number) => byId.get(id),
    markSessionFresh: (id: string, now: string) => markFresh.run(now, id).changes > 0,
    findSession: (id: string) => sessionById.get(id),
    touchSession: (id: string, now: string) => touch.run(now, id),
    revokeSession: (id: string, now: string) => revoke.run(now, id).changes > 0,
    revokeSessionsOfStaff: (staffId: number, now: string) => revokeForStaff.run(now, staffId),
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
