import { createHmac, randomBytes } from 'node:crypto';
import { createChangeStamp, type ChangeStamp } from '../../../db/change-stamp.js';
import type { Database_ } from '../../../db/client.js';
import type { AppConfig } from '../../config.js';
import { permissionsOf } from '../../http/policy.js';
import type { AuthContext } from '../../http/routes.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import type { SecondFactorProof, TwoFactor } from '../two-factor/two-factor.service.js';
import { codeRequired, reauthCodeRequired, reauthFailed, wrongCode, wrongCredentials } from './auth.errors.js';
import { createAuthRepository, type SessionRow } from './auth.repository.js';
import type { LoginBody, ReauthenticateBody } from './auth.schemas.js';
import { forgetFailuresAfterMs, throttleDelayMs } from './auth.throttle.js';
import { decoyPasswordHash, verifyPassword } from './password.js';

// last_seen_at is written at most once a minute per session: the idle timeout stays exact to
// the minute without a write on every request.
const touchIntervalMs = 60_000;
// Sessions read since the last write to the database, by token (docs/DECISIONS.md, "Session cache").
const maxCachedSessions = 1_000;
// A User-Agent is a few hundred characters; a longer one is not a browser's and need not be kept whole.
const maxUserAgentLength = 512;

/** The browser a session is opened from, as the person sees it in My account. */
export interface SessionClient {
  userAgent: string | null;
  address: string | null;
}

interface AuthDeps {
  database: Database_;
  config: AppConfig;
  changes: AuditedChanges;
  clock: () => Date;
  twoFactor: TwoFactor;
}

export function createAuthService({ database, config, changes, clock, twoFactor }: AuthDeps) {
  const repository = createAuthRepository(database);
  const sessionIdOf = (token: string) => createHmac('sha256', config.sessionSecret).update(token).digest('hex');
  const stamps = createChangeStamp(database.sqlite);
  const sessionsByToken = new Map<string, { stamp: ChangeStamp; sessionId: string; session: SessionRow }>();

  /**
   * The session row a token names, as the database holds it now. A row read earlier is reused only
   * while no write at all has happened since (this process or another): sign-out, disabling, a role
   * change, a reset or a re-authentication all write, so the very next request reads again. The
   * clock-based checks (idle, absolute, freshness) run on every request, as before.
   */
  function findSession(token: string) {
    const cached = sessionsByToken.get(token);
    if (cached && stamps.unchangedSince(cached.stamp)) return cached;
    const stamp = stamps.take();
    const sessionId = sessionIdOf(token);
    const session = repository.findSession(sessionId);
    if (!session) {
      sessionsByToken.delete(token);
      return undefined;
    }
    if (sessionsByToken.size >= maxCachedSessions) sessionsByToken.delete(sessionsByToken.keys().next().value as string);
    const entry = { stamp, sessionId, session };
    sessionsByToken.set(token, entry);
    return entry;
  }

  /**
   * One failed password (or a try while the address waits) for a known account, counted atomically for
   * the (account, address) pair and the account, with its audit entry, in one change.
   */
  function recordFailure(
    staff: { id: number } | undefined,
    attempt: { email: string; address: string; action: string; cause: string; actor?: AuditActor },
  ): void {
    changes.apply(({ now, nowIso }) => {
      if (staff) {
        const failures = repository.countFailure(staff.id, attempt.address, nowIso, new Date(now.getTime() - forgetFailuresAfterMs).toISOString());
        const delayMs = throttleDelayMs(failures, config);
        if (delayMs > 0) repository.blockPair(staff.id, attempt.address, new Date(now.getTime() + delayMs).toISOString());
        repository.countAccountFailure(staff.id);
      }
      return {
        result: null,
        audit: {
          actor: attempt.actor ?? null,
          action: attempt.action,
          targetType: 'staff',
          targetId: staff?.id ?? null,
          details: { cause: attempt.cause },
          personal: { email: attempt.email },
        },
      };
    });
  }

  const isWaiting = (staffId: number, address: string) => {
    const until = repository.pairBlockedUntil(staffId, address);
    return until !== null && new Date(until) > clock();
  };

  /**
   * Every refusal — unknown e-mail, wrong password, an address that must wait, a deactivated account —
   * is the same 401 after the same one Argon2 verification, so the answer says nothing about the
   * account (defect 6). Only the per-address limit answers 429, whatever the e-mail.
   */
  async function login(body: LoginBody, { previousToken, address, client }: { previousToken: string | undefined; address: string; client: SessionClient }) {
    const staff = repository.findStaffByEmail(body.email);
    const waiting = staff !== undefined && isWaiting(staff.id, address);
    const passwordOk = await verifyPassword(staff?.passwordHash ?? (await decoyPasswordHash()), body.password);
    if (!staff || waiting || !passwordOk || !staff.isActive) {
      const cause = !staff ? 'unknown_email' : waiting ? 'address_waiting' : !passwordOk ? 'wrong_password' : 'inactive';
      recordFailure(cause === 'inactive' ? undefined : staff, { email: body.email, address, action: 'auth.login_failed', cause });
      throw wrongCredentials();
    }
    // Enrolled: the right password alone opens nothing; the same request comes back with the code.
    let proof: SecondFactorProof | null = null;
    if (staff.totpSecret !== null) {
      if (body.code === undefined) throw codeRequired();
      proof = await twoFactor.check(staff.id, body.code);
      if (!proof) {
        recordFailure(staff, { email: body.email, address, action: 'auth.login_failed', cause: 'wrong_code' });
        throw wrongCode();
      }
    }
    const spent = proof;
    const mustEnrol = config.enforceTwoFactor && staff.totpSecret === null;
    const now = clock();
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const nowIso = now.toISOString();
    changes.apply(() => {
      if (spent && !twoFactor.spend(spent, nowIso)) throw wrongCode(); // the same code, used by a parallel request
      // A new session id at every sign-in; the one the browser came with is revoked (fixation).
      if (previousToken) repository.revokeSession(sessionIdOf(previousToken), nowIso);
      repository.clearFailures(staff.id, address);
      repository.insertSession({
        id: sessionIdOf(token),
        staffId: staff.id,
        csrfToken,
        now: nowIso,
        expiresAt: new Date(now.getTime() + config.sessionAbsoluteMs).toISOString(),
        userAgent: client.userAgent?.slice(0, maxUserAgentLength) ?? null,
        clientAddress: client.address,
      });
      return {
        result: null,
        audit: {
          actor: { id: staff.id, role: staff.role },
          action: 'auth.login',
          targetType: 'staff',
          targetId: staff.id,
          details: spent ? { secondFactor: spent.kind } : mustEnrol ? { enrolmentRequired: true } : undefined,
        },
      };
    });
    return {
      token,
      profile: profileOf({
        staff: {
          id: staff.id,
          email: staff.email,
          displayName: staff.displayName,
          role: staff.role,
          twoFactorEnabled: staff.totpSecret !== null,
          mustEnrolTwoFactor: mustEnrol,
        },
        sessionId: sessionIdOf(token),
        csrfToken,
        isFresh: true,
      }),
    };
  }

  function resolve(token: string): AuthContext | null {
    const found = findSession(token);
    if (!found) return null;
    const { sessionId, session } = found;
    if (session.revokedAt || !session.isActive) return null;
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
        // Read on every request: enrolling opens the console at once, a reset closes it at once.
        mustEnrolTwoFactor: config.enforceTwoFactor && session.twoFactorEnabled !== 1,
      },
      sessionId,
      csrfToken: session.csrfToken,
      isFresh: session.reauthenticatedAt !== null && nowMs - new Date(session.reauthenticatedAt).getTime() < config.reauthWindowMs,
    };
  }

  /** Marks the session fresh for `reauth` routes once the person proves again who they are. */
  // A wrong confirmation counts like a wrong password from that address: a stolen session cannot be
  // used to guess the password faster than the sign-in page allows.
  async function reauthenticate(auth: AuthContext, body: ReauthenticateBody, address: string) {
    const staff = repository.findStaffById(auth.staff.id);
    const waiting = isWaiting(auth.staff.id, address);
    const actor = { id: auth.staff.id, role: auth.staff.role };
    // Enrolled: the code, not the password (docs/DECISIONS.md, issue 12): whoever found the session
    // open may have seen the password typed, not the phone.
    const usesCode = staff?.totpSecret !== null && staff?.totpSecret !== undefined;
    if (usesCode && body.code === undefined) throw reauthCodeRequired();
    let proof: SecondFactorProof | null = null;
    let confirmed: boolean;
    if (usesCode) {
      proof = waiting || body.code === undefined ? null : await twoFactor.check(auth.staff.id, body.code);
      confirmed = proof !== null;
    } else {
      confirmed = staff !== undefined && body.password !== undefined && (await verifyPassword(staff.passwordHash, body.password));
    }
    if (!confirmed || waiting) {
      const cause = waiting ? 'address_waiting' : usesCode ? 'wrong_code' : 'wrong_password';
      recordFailure(staff, { email: auth.staff.email, address, action: 'auth.reauth_failed', cause, actor });
      throw reauthFailed(usesCode ? 'code' : 'password');
    }
    const spent = proof;
    const freshAt = changes.apply(({ now, nowIso }) => {
      if (spent && !twoFactor.spend(spent, nowIso)) throw reauthFailed('code');
      repository.markSessionFresh(auth.sessionId, nowIso);
      return {
        result: now,
        audit: {
          actor,
          action: 'auth.reauthenticated',
          targetType: 'staff',
          targetId: auth.staff.id,
          details: { with: spent ? spent.kind : 'password' },
        },
      };
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
    /** The admin's unlock: forgets every address's failures on the account. */
    clearAllFailures: (staffId: number) => repository.clearAllFailures(staffId),
    revokeSessionsOfStaff: (staffId: number) => repository.revokeSessionsOfStaff(staffId, clock().toISOString()),
  };
}

export function profileOf(auth: AuthContext) {
  return { ...auth.staff, permissions: permissionsOf(auth.staff.role), csrfToken: auth.csrfToken };
}

export type AuthService = ReturnType<typeof createAuthService>;
