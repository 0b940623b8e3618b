import type { Database_ } from '../../../db/client.js';

export interface OwnSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  clientAddress: string | null;
}

export function createStaffSelfRepository({ sqlite }: Database_) {
  const openSessions = sqlite.prepare<[number, string], OwnSession>(
    `SELECT id, created_at AS createdAt, last_seen_at AS lastSeenAt, expires_at AS expiresAt, user_agent AS userAgent, client_address AS clientAddress
     FROM sessions WHERE staff_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY last_seen_at DESC`,
  );
  const endOwn = sqlite.prepare<[string, string, number]>('UPDATE sessions SET revoked_at = ? WHERE id = ? AND staff_id = ? AND revoked_at IS NULL');
  const endOthers = sqlite.prepare<[string, number, string]>('UPDATE sessions SET revoked_at = ? WHERE staff_id = ? AND id <> ? AND revoked_at IS NULL');
  const passwordHash = sqlite.prepare<[number], { passwordHash: string }>('SELECT password_hash AS passwordHash FROM staff WHERE id = ?');
  const setPassword = sqlite.prepare<[string, string, number]>('UPDATE staff SET password_hash = ?, updated_at = ?, version = version + 1 WHERE id = ?');
  return {
    openSessions: (staffId: number, now: string) => openSessions.all(staffId, now),
    /** False when the session is not one of the person's open sessions. */
    endOwnSession: (staffId: number, sessionId: string, now: string) => endOwn.run(now, sessionId, staffId).changes > 0,
    endOtherSessions: (staffId: number, keepSessionId: string, now: string) => endOthers.run(now, staffId, keepSessionId).changes,
    passwordHashOf: (staffId: number) => passwordHash.get(staffId)?.passwordHash,
    setPassword: (staffId: number, hash: string, now: string) => setPassword.run(hash, now, staffId),
  };
}
