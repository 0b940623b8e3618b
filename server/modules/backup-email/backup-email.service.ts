import type { Database_ } from '../../../db/client.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import type { BlockedActions } from '../blocked-actions/blocked-actions.js';
import { customerNotFound } from '../customers/customers.errors.js';
import { createEmailReplacement } from '../customers/email-replacement.js';
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
  const replaceEmails = createEmailReplacement(database);
  blocked.add(['backup-email.promote'], ({ customerId }) => {
    const customer = repository.load(customerId);
    return customer ? promotionBlocker(customer) : null;
  });

  /** SPEC §4.3: backup → primary in one change with history, audit and both notices queued. */
  function promote(actor: AuditActor, customerId: number, body: PromoteBody) {
    return changes.apply((change) => {
      const before = repository.load(customerId);
      if (!before) throw customerNotFound();
      const overridden = blocked.enforce({ action: 'backup-email.promote', customerId, actorRole: actor.role, overrideReason: body.overrideReason });
      const newPrimary = before.backupEmail as string; // a missing backup blocks the action
      const replaced = replaceEmails({
        change,
        before,
        expectedVersion: body.version,
        newPrimary,
        newBackup: null,
        newBackupRequired: true,
        cause: 'promotion',
        staffId: actor.id,
        welcome: ({ customerName }) => ({ template: 'backup-promoted', props: { customerName, nicHandle: before.nicHandle, newPrimary } }),
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
            ...replaced.personal,
            ...(body.identityCheckNote ? { identityCheckNote: body.identityCheckNote } : {}),
          },
        },
      };
    });
  }

  return { promote };
}

export type BackupEmailService = ReturnType<typeof createBackupEmailService>;
