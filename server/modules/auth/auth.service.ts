import { createHmac, randomBytes } from 'node:crypto';
import type { Database_ } from '../../../db/client.js';
import type { AppConfig } from '../../config.js';
import { permissionsOf } from '../../http/policy.js';
import type { AuthContext } from '../../http/routes.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import { accountLocked, reauthFailed, wrongCredentials } from './auth.errors.js';
import { createAuthRepository } from './auth.repository.js';
import type { LoginBody, ReauthenticateBody } from './auth.schemas.js';
import { decoyPasswordHash, verifyPassword } from './password.js';

// last_seen_at is written at most once a minute per session: the idle timeout stays exact to
// the minute without a write on every request.
const touchIntervalMs = 60_000;

interface AuthDeps {
  database: Database_;
  config: AppConfig;
  changes: AuditedChanges;
  clock: () => Date;
}

export function createAuthService({ database, config, changes, clock }: AuthDeps) {
  const repository = createAuthRepository(database);
  const sessionIdOf = (token: string) => createHmac('sha256', config.sessionSecret).update(token).digest('hex');

  function recordFailure(staffId: number | null, email: string, cause: string): void {
    changes.apply(() => ({
      result: null,
      audit: { actor: null, action: 'auth.login_failed', targetType: 'staff', targetId: staffId, details: { cause }, personal: { email } },
    }));
  }

  async function login(body: LoginBody, previousToken: string | undefined) {
    const staff = repository.findStaffByEmail(body.email);
    const now = clock();
    if (staff?.lockedUntil && new Date(staff.lockedUntil) > now) {
      recordFailure(staff.id, body.email, 'locked');
      throw accountLocked(Math.ceil((new Date(staff.lockedUntil).getTime() - now.getTime()) / 60_000));
    }
    const passwordOk = await verifyPassword(staff?.passwordHash ?? (await decoyPasswordHash()), body.password);
    if (!staff || !passwordOk || !staff.isActive) {
      if (staff && !passwordOk) {
        const failures = staff.failedLogins + 1;
        const locks = failures >= config.loginMaxFailures;
        repository.setFailures(staff.id, locks ? 0 : failures, locks ? new Date(now.getTime() + config.loginLockMs).toISOString() : null);
      }
      recordFailure(staff?.id ?? null, body.email, !staff ? 'unknown_email' : !passwordOk ? 'wrong_password' : 'inactive');
      throw wrongCredentials();
    }
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const nowIso = now.toISOString();
    changes.apply(() => {
      // A new session id at every sign-in; the one the browser came with is revoked (fixation).
      if (previousToken) repository.revokeSession(sessionIdOf(previousToken), nowIso);
      repository.setFailures(staff.id, 0, null);
      repository.insertSession({
        id: sessionIdOf(token),
        staffId: staff.id,
        csrfToken,
        now: nowIso,
        expiresAt: new Date(now.getTime() + config.sessionAbsoluteMs).toISOString(),
      });
      return { result: null, audit: { actor: { id: staff.id, role: staff.role }, action: 'auth.login', targetType: 'staff', targetId: staff.id } };
    });
    return {
      token,
      profile: profileOf({
        staff: { id: staff.id, email: staff.email, displayName: staff.displayName, role: staff.role, twoFactorEnabled: staff.totpSecret !== null },
        sessionId: sessionIdOf(token),
        csrfToken,
        isFresh: true,
      }),
    };
  }

  function resolve(token: string): AuthContext | null {
    const sessionId = sessionIdOf(token);
    const session = repository.findSession(sessionId);
    if (!session || session.revokedAt || !session.isActive) return null;
    const now = clock();
    const nowMs = now.getTime();
    if (new Date(session.expiresAt).getTime() <= nowMs) return null;
    const lastSeenMs = new Date(session.lastSeenAt).getTime();
    if (nowMs - lastSeenMs >= config.sessionIdleMs) return null;
    if (nowMs - lastSeenMs >= touchIntervalMs) repository.touchSession(sessionId, now.toISOString());
    return {
      staff: {
        id: session.staffId,
        email: session.email,
        displayName: session.displayName,
        role: session.role,
        twoFactorEnabled: session.twoFactorEnabled === 1,
      },
      sessionId,
      csrfToken: session.csrfToken,
      isFresh: session.reauthenticatedAt !== null && nowMs - new Date(session.reauthenticatedAt).getTime() < config.reauthWindowMs,
    };
  }

  /** Marks the session fresh for `reauth` routes once the person proves again who they are. */
  async function reauthenticate(auth: AuthContext, body: ReauthenticateBody) {
    const staff = repository.findStaffById(auth.staff.id);
    const confirmed = staff !== undefined && body.password !== undefined && (await verifyPassword(staff.passwordHash, body.password));
    const actor = { id: auth.staff.id, role: auth.staff.role };
    if (!confirmed) {
      changes.apply(() => ({ result: null, audit: { actor, action: 'auth.reauth_failed', targetType: 'staff', targetId: auth.staff.id } }));
      throw reauthFailed();
    }
    const freshAt = changes.apply(({ now, nowIso }) => {
      repository.markSessionFresh(auth.sessionId, nowIso);
      return { result: now, audit: { actor, action: 'auth.reauthenticated', targetType: 'staff', targetId: auth.staff.id } };
    }).result;
    return { freshUntil: new Date(freshAt.getTime() + config.reauthWindowMs).toISOString() };
  }

  function logout(auth: AuthContext): void {
    changes.apply(({ nowIso }) => {
      repository.revokeSession(auth.sessionId, nowIso);
      return {
        result: null,
        audit: { actor: { id: auth.staff.id, role: auth.staff.role }, action: 'auth.logout', targetType: 'staff', targetId: auth.staff.id },
      };
    });
  }

  return {
    login,
    resolve,
    logout,
    reauthenticate,
    revokeSessionsOfStaff: (staffId: number) => repository.revokeSessionsOfStaff(staffId, clock().toISOString()),
  };
}

export function profileOf(auth: AuthContext) {
  return { ...auth.staff, permissions: permissionsOf(auth.staff.role), csrfToken: auth.csrfToken };
}

export type AuthService = ReturnType<typeof createAuthService>;
