import { createHash, randomBytes } from 'node:crypto';
import type { Database_ } from '../../../db/client.js';
import type { StaffTokenPurpose } from '../../../db/schema/staff.js';
import { staffLink } from '../../../templates/emails/staff-link.js';
import type { AppConfig } from '../../config.js';
import type { AuditedChanges, ChangeContext } from '../audit/audited-change.js';
import { hashPassword } from '../auth/password.js';
import type { MailTransport } from '../messages/mail-transport.js';
import { linkNotValid } from './staff-links.errors.js';
import { createStaffLinksRepository } from './staff-links.repository.js';
import type { SetPasswordBody } from './staff-links.schemas.js';

// An invitation leaves a new colleague a few days to start; a reset is wanted now.
const lifetimeMs: Record<StaffTokenPurpose, number> = { invitation: 7 * 24 * 3_600_000, 'password-reset': 24 * 3_600_000 };

export interface IssuedLink {
  link: string;
  expiresAt: string;
  /** Whether the e-mail leaves the console (SMTP configured); without it, whoever may see the link hands it over. */
  isMailed: boolean;
}

interface StaffLinksDeps {
  database: Database_;
  config: AppConfig;
  changes: AuditedChanges;
  transport: MailTransport;
  /** Ends every session of the person and forgets their failed sign-ins (the auth service). */
  afterPasswordSet: (staffId: number) => void;
  log: (line: string) => void;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** One-time links by which staff set their own password: the admin never sets or sees one (SPEC §4.8). */
export function createStaffLinks({ database, config, changes, transport, afterPasswordSet, log }: StaffLinksDeps) {
  const repository = createStaffLinksRepository(database);

  /** Inside a change: stores the link's hash and e-mails the link after the commit. */
  function issue(change: ChangeContext, person: { id: number; email: string; displayName: string }, purpose: StaffTokenPurpose): IssuedLink {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(change.now.getTime() + lifetimeMs[purpose]).toISOString();
    repository.insert({ staffId: person.id, purpose, tokenHash: hashOf(token), now: change.nowIso, expiresAt });
    // The fragment keeps the token out of proxy and server logs.
    const link = `${config.publicUrl}/#/set-password/${token}`;
    const mail = staffLink({ displayName: person.displayName, purpose, link, expiresAt });
    change.afterCommit(() =>
      transport
        .send({ from: config.mailFrom, to: person.email, ...mail })
        // The link is not stored anywhere it could be re-sent from: a lost e-mail means a new link.
        .catch((error: unknown) => log(`staff link e-mail to staff #${person.id} failed: ${error instanceof Error ? error.message : String(error)}`)),
    );
    return { link, expiresAt, isMailed: transport.kind === 'smtp' };
  }

  async function setPassword(body: SetPasswordBody) {
    const passwordHash = await hashPassword(body.password); // slow: before the transaction
    return changes.apply(({ nowIso }) => {
      const used = repository.use(hashOf(body.token), nowIso);
      if (!used) throw linkNotValid();
      repository.setPassword(used.staffId, passwordHash, nowIso);
      afterPasswordSet(used.staffId);
      const role = repository.roleOf(used.staffId);
      return {
        result: { purpose: used.purpose },
        audit: {
          actor: role ? { id: used.staffId, role } : null,
          action: 'staff.password_set',
          targetType: 'staff',
          targetId: used.staffId,
          details: { through: used.purpose },
        },
      };
    }).result;
  }

  return { issue, setPassword };
}

export type StaffLinks = ReturnType<typeof createStaffLinks>;
