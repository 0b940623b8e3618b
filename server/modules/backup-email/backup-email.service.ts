import { inTransaction, type Database_ } from '../../../db/client.js';
import { localeFor, maskEmail } from '../../../templates/emails/index.js';
import { conflict, staleVersion } from '../../http/errors.js';
import type { AuditActor, AuditLog } from '../audit/audit.service.js';
import { customerNotFound } from '../customers/customers.errors.js';
import type { MessagesService } from '../messages/messages.service.js';
import { createBackupEmailRepository } from './backup-email.repository.js';
import { promotionBlocker } from './backup-email.rules.js';
import type { PromoteBody } from './backup-email.schemas.js';

interface BackupEmailDeps {
  database: Database_;
  audit: AuditLog;
  messages: MessagesService;
  clock: () => Date;
}

export function createBackupEmailService({ database, audit, messages, clock }: BackupEmailDeps) {
  const repository = createBackupEmailRepository(database);

  /** SPEC §4.3: backup → primary in one transaction with history, audit and both notices queued. */
  function promote(actor: AuditActor, customerId: number, body: PromoteBody) {
    const result = inTransaction(database, () => {
      const before = repository.load(customerId);
      if (!before) throw customerNotFound();
      const blocker = promotionBlocker(before);
      if (blocker) throw conflict(blocker.code, blocker.message);
      const now = clock().toISOString();
      if (before.version !== body.version || !repository.promoteAtVersion(customerId, body.version, now)) throw staleVersion();
      const oldPrimary = before.primaryEmail;
      const newPrimary = before.backupEmail as string; // checked by promotionBlocker
      repository.recordHistory({ customerId, now, slot: 'primary', oldValue: oldPrimary, newValue: newPrimary, cause: 'promotion', staffId: actor.id });
      repository.recordHistory({ customerId, now, slot: 'backup', oldValue: newPrimary, newValue: null, cause: 'promotion', staffId: actor.id });
      const auditId = audit.record({
        actor,
        action: 'customers.promote_backup_email',
        targetType: 'customer',
        targetId: customerId,
        customerId,
        ticketRef: body.ticketRef,
        reason: body.reason,
        details: {
          identityCheck: body.identityCheck,
          before: { version: before.version, newBackupRequired: false },
          after: { version: before.version + 1, newBackupRequired: true },
        },
        personal: {
          before: { primaryEmail: oldPrimary, backupEmail: newPrimary },
          after: { primaryEmail: newPrimary, backupEmail: null },
          ...(body.identityCheckNote ? { identityCheckNote: body.identityCheckNote } : {}),
        },
      });
      const customerName = before.organisation ?? `${before.firstName} ${before.lastName}`;
      const locale = localeFor(before.language);
      const causeAction = 'customers.promote_backup_email';
      messages.enqueue({
        customerId,
        to: newPrimary,
        template: 'backup-promoted',
        props: { customerName, nicHandle: before.nicHandle, newPrimary },
        locale,
        causeAction,
        auditId,
      });
      messages.enqueue({
        customerId,
        to: oldPrimary,
        template: 'primary-replaced',
        props: { customerName, nicHandle: before.nicHandle, newPrimaryMasked: maskEmail(newPrimary), changedAt: now },
        locale,
        causeAction,
        auditId,
      });
      return { auditId };
    });
    // After the commit: the messages are safely queued, so a failed or slow send loses nothing.
    void messages.kick();
    return result;
  }

  return { promote };
}

export type BackupEmailService = ReturnType<typeof createBackupEmailService>;
