import type { Database_ } from '../../../db/client.js';
import { localeFor, maskEmail } from '../../../templates/emails/index.js';
import { staleVersion } from '../../http/errors.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import type { BlockedActions } from '../blocked-actions/blocked-actions.js';
import { customerNotFound } from '../customers/customers.errors.js';
import { createBackupEmailRepository } from './backup-email.repository.js';
import { promotionBlocker } from './backup-email.rules.js';
import type { PromoteBody } from './backup-email.schemas.js';

interface BackupEmailDeps {
  database: Database_;
  changes: AuditedChanges;
  blocked: BlockedActions;
}

export function createBackupEmailService({ database, changes, blocked }: BackupEmailDeps) {
  const repository = createBackupEmailRepository(database);
  blocked.add(['backup-email.promote'], ({ customerId }) => {
    const customer = repository.load(customerId);
    return customer ? promotionBlocker(customer) : null;
  });

  /** SPEC §4.3: backup → primary in one change with history, audit and both notices queued. */
  function promote(actor: AuditActor, customerId: number, body: PromoteBody) {
    return changes.apply(({ nowIso: now, notify }) => {
      const before = repository.load(customerId);
      if (!before) throw customerNotFound();
      const overridden = blocked.enforce({ action: 'backup-email.promote', customerId, actorRole: actor.role, overrideReason: body.overrideReason });
      if (before.version !== body.version || !repository.promoteAtVersion(customerId, body.version, now)) throw staleVersion();
      const oldPrimary = before.primaryEmail;
      const newPrimary = before.backupEmail as string; // a missing backup blocks the action
      repository.recordHistory({ customerId, now, slot: 'primary', oldValue: oldPrimary, newValue: newPrimary, cause: 'promotion', staffId: actor.id });
      repository.recordHistory({ customerId, now, slot: 'backup', oldValue: newPrimary, newValue: null, cause: 'promotion', staffId: actor.id });
      const customerName = before.organisation ?? `${before.firstName} ${before.lastName}`;
      const locale = localeFor(before.language);
      notify({ customerId, to: newPrimary, template: 'backup-promoted', props: { customerName, nicHandle: before.nicHandle, newPrimary }, locale });
      notify({
        customerId,
        to: oldPrimary,
        template: 'primary-replaced',
        props: { customerName, nicHandle: before.nicHandle, newPrimaryMasked: maskEmail(newPrimary), changedAt: now },
        locale,
      });
      return {
        result: null,
        audit: {
          actor,
          action: 'customers.promote_backup_email',
          targetType: 'customer',
          targetId: customerId,
          customerId,
          ticketRef: body.ticketRef,
          reason: body.reason,
          details: {
            identityCheck: body.identityCheck,
            ...(overridden.length > 0 ? { overridden: overridden.map((b) => b.code), overrideReason: body.overrideReason } : {}),
            before: { version: before.version, newBackupRequired: false },
            after: { version: before.version + 1, newBackupRequired: true },
          },
          personal: {
            before: { primaryEmail: oldPrimary, backupEmail: newPrimary },
            after: { primaryEmail: newPrimary, backupEmail: null },
            ...(body.identityCheckNote ? { identityCheckNote: body.identityCheckNote } : {}),
          },
        },
      };
    });
  }

  return { promote };
}

export type BackupEmailService = ReturnType<typeof createBackupEmailService>;
