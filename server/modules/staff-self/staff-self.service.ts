import Bowser from 'bowser';
import type { Database_ } from '../../../db/client.js';
import type { AuthContext } from '../../http/routes.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { sessionNotFound, wrongCurrentPassword } from './staff-self.errors.js';
import { createStaffSelfRepository, type OwnSession } from './staff-self.repository.js';
import type { ChangePasswordBody } from './staff-self.schemas.js';

interface StaffSelfDeps {
  database: Database_;
  changes: AuditedChanges;
  clock: () => Date;
}

export interface OwnSessionView extends Omit<OwnSession, 'userAgent'> {
  /** "Firefox 133 on Windows 10", the shape of customers' device strings; null when the browser did not say. */
  device: string | null;
  isCurrent: boolean;
}

/** The browser and system in words, read from the User-Agent by a maintained parser (bowser). */
export function deviceOf(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const { browser, os } = Bowser.parse(userAgent);
  if (!browser.name) return null;
  const browserName = [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ');
  const system = [os.name, os.versionName ?? os.version?.split('.')[0]].filter(Boolean).join(' ');
  return system ? `${browserName} on ${system}` : browserName;
}

/** What a staff member does for themselves: their password and their open sessions (issue 8). */
export function createStaffSelf({ database, changes, clock }: StaffSelfDeps) {
  const repository = createStaffSelfRepository(database);
  const actorOf = (auth: AuthContext) => ({ id: auth.staff.id, role: auth.staff.role });

  function sessions(auth: AuthContext): OwnSessionView[] {
    return repository.openSessions(auth.staff.id, clock().toISOString()).map(({ userAgent, ...session }) => ({
      ...session,
      device: deviceOf(userAgent),
      isCurrent: session.id === auth.sessionId,
    }));
  }

  function endSession(auth: AuthContext, sessionId: string) {
    changes.apply(({ nowIso }) => {
      if (!repository.endOwnSession(auth.staff.id, sessionId, nowIso)) throw sessionNotFound();
      return {
        result: null,
        audit: {
          actor: actorOf(auth),
          action: 'auth.session_ended',
          targetType: 'staff',
          targetId: auth.staff.id,
          details: { isCurrent: sessionId === auth.sessionId },
        },
      };
    });
  }

  /** The current password proves it is the person; every other session of theirs ends. */
  async function changePassword(auth: AuthContext, body: ChangePasswordBody) {
    const current = repository.passwordHashOf(auth.staff.id);
    if (!current || !(await verifyPassword(current, body.currentPassword))) throw wrongCurrentPassword();
    const hash = await hashPassword(body.newPassword); // both slow steps before the transaction
    return changes.apply(({ nowIso }) => {
      // Re-checked inside: a reset link used meanwhile wins over this change.
      if (repository.passwordHashOf(auth.staff.id) !== current) throw wrongCurrentPassword();
      repository.setPassword(auth.staff.id, hash, nowIso);
      const ended = repository.endOtherSessions(auth.staff.id, auth.sessionId, nowIso);
      return {
        result: { otherSessionsEnded: ended },
        audit: { actor: actorOf(auth), action: 'auth.password_changed', targetType: 'staff', targetId: auth.staff.id, details: { otherSessionsEnded: ended } },
      };
    }).result;
  }

  return { sessions, endSession, changePassword };
}

export type StaffSelf = ReturnType<typeof createStaffSelf>;
