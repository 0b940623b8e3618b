import type { Database_ } from '../../../db/client.js';
import type { CustomerState } from '../../../db/schema/customers.js';
import { localeFor, maskEmail } from '../../../templates/emails/index.js';
import { staleVersion } from '../../http/errors.js';
import type { ChangeContext, Notification } from '../audit/audited-change.js';

/** What a replacement needs to know about the account, read inside the change's transaction. */
export interface CustomerEmails {
  id: number;
  nicHandle: string;
  state: CustomerState;
  firstName: string;
  lastName: string;
  organisation: string | null;
  language: string;
  primaryEmail: string;
  backupEmail: string | null;
  version: number;
}

export const customerDisplayName = (customer: Pick<CustomerEmails, 'organisation' | 'firstName' | 'lastName'>) =>
  customer.organisation ?? `${customer.firstName} ${customer.lastName}`;

export interface EmailReplacementInput {
  change: Pick<ChangeContext, 'nowIso' | 'notify'>;
  before: CustomerEmails;
  /** The version the actor saw; a different one is a conflict (409) and nothing is written. */
  expectedVersion: number;
  newPrimary: string;
  newBackup: string | null;
  newBackupRequired: boolean;
  cause: 'promotion' | 'claim';
  staffId: number;
  /** The message to the new primary address, which differs by cause (promotion, claim). */
  welcome: (context: { customerName: string; locale: ReturnType<typeof localeFor> }) => Omit<Notification, 'customerId' | 'to' | 'locale'>;
}

/**
 * THE replacement of an account's e-mail addresses, shared by the backup promotion (SPEC §4.3) and
 * applied claims (§4.4): the row at the expected version, the history of every slot that changed,
 * the welcome message to the new primary and the security notice (masked) to the old one.
 * Runs inside the caller's audited change; returns the personal before/after for its audit entry.
 */
export function createEmailReplacement({ sqlite }: Database_) {
  const update = sqlite.prepare<{ id: number; version: number; primary: string; backup: string | null; required: number; now: string }>(
    `UPDATE customers SET primary_email = @primary, backup_email = @backup, new_backup_required = @required,
            version = version + 1, updated_at = @now
     WHERE id = @id AND version = @version`,
  );
  const history = sqlite.prepare<{
    customerId: number;
    now: string;
    slot: 'primary' | 'backup';
    oldValue: string | null;
    newValue: string | null;
    cause: string;
    staffId: number;
  }>(
    `INSERT INTO email_history (customer_id, changed_at, slot, old_value, new_value, cause, staff_id)
     VALUES (@customerId, @now, @slot, @oldValue, @newValue, @cause, @staffId)`,
  );

  return function replaceEmails(input: EmailReplacementInput) {
    const { change, before, newPrimary, newBackup, cause, staffId } = input;
    const now = change.nowIso;
    if (before.version !== input.expectedVersion) throw staleVersion();
    const written = update.run({
      id: before.id,
      version: input.expectedVersion,
      primary: newPrimary,
      backup: newBackup,
      required: input.newBackupRequired ? 1 : 0,
      now,
    });
    if (written.changes !== 1) throw staleVersion();
    if (before.primaryEmail !== newPrimary)
      history.run({ customerId: before.id, now, slot: 'primary', oldValue: before.primaryEmail, newValue: newPrimary, cause, staffId });
    if (before.backupEmail !== newBackup)
      history.run({ customerId: before.id, now, slot: 'backup', oldValue: before.backupEmail, newValue: newBackup, cause, staffId });

    const customerName = customerDisplayName(before);
    const locale = localeFor(before.language);
    change.notify({ customerId: before.id, to: newPrimary, locale, ...input.welcome({ customerName, locale }) });
    if (before.primaryEmail !== newPrimary) {
      change.notify({
        customerId: before.id,
        to: before.primaryEmail,
        template: 'primary-replaced',
        props: { customerName, nicHandle: before.nicHandle, newPrimaryMasked: maskEmail(newPrimary), changedAt: now, cause },
        locale,
      });
    }
    return {
      version: before.version + 1,
      personal: {
        before: { primaryEmail: before.primaryEmail, backupEmail: before.backupEmail },
        after: { primaryEmail: newPrimary, backupEmail: newBackup },
      },
    };
  };
}

export type ReplaceEmails = ReturnType<typeof createEmailReplacement>;
