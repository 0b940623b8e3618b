import type { Database_ } from '../../../db/client.js';
import { localeFor } from '../../../templates/emails/index.js';
import { conflict } from '../../http/errors.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import type { BlockedActions, Blocker } from '../blocked-actions/blocked-actions.js';
import type { CustomerKeys } from '../customer-keys/customer-keys.service.js';
import { addMonthsClamped, type DeadlineCalendar } from './gdpr.deadlines.js';
import { createEraser } from './gdpr.eraser.js';
import * as errors from './gdpr.errors.js';
import type { GdprFiles } from './gdpr.files.js';
import { createGdprRepository, type GdprRequestRow } from './gdpr.repository.js';
import { isClosed } from './gdpr.rules.js';
import { requestRef, type GdprService } from './gdpr.service.js';
import { tenYearsCommercialCode } from './personal-data-map.js';

interface ErasureDeps {
  database: Database_;
  changes: AuditedChanges;
  blocked: BlockedActions;
  customerKeys: CustomerKeys;
  calendar: DeadlineCalendar;
  files: GdprFiles;
  service: GdprService;
  /** Delivers queued e-mails now; resolves when the attempt is over. */
  deliverMessages: () => Promise<void>;
  /** Runs a follow-up change outside the HTTP request that caused it (it is not part of that request). */
  detached: (task: () => Promise<void>) => void;
  log: (line: string) => void;
}

/** The provider's conditions (SPEC §4.5): the account may be erased only when nothing is left to serve or settle. */
function registerBlockers(database: Database_, blocked: BlockedActions) {
  const count = (sql: string) => {
    const statement = database.sqlite.prepare(sql).pluck();
    return (customerId: number) => Number(statement.get(customerId));
  };
  const liveServices = count("SELECT count(*) FROM services WHERE customer_id = ? AND status <> 'terminated'");
  const unpaid = count("SELECT count(*) FROM invoices WHERE customer_id = ? AND status = 'unpaid'");
  const pending = count("SELECT count(*) FROM orders WHERE customer_id = ? AND status = 'pending'");
  const credit = count('SELECT prepaid_credit_cents FROM customers WHERE id = ?');
  // `count` lets the UI say it in the reader's language (the amount of credit in euros for the last one).
  const rule = (
    code: string,
    measure: (id: number) => number,
    message: (n: number) => string,
    params = (n: number): Record<string, number | string> => ({ count: n }),
  ) =>
    blocked.add(['gdpr.erase'], ({ customerId }) => {
      const n = measure(customerId);
      return n > 0 ? { code, message: message(n), params: params(n) } : null;
    });
  rule('gdpr.erase.services_left', liveServices, (n) => `${n} service(s) not terminated: terminate them first.`);
  rule('gdpr.erase.unpaid_invoice', unpaid, (n) => `${n} unpaid invoice(s): they must be settled first.`);
  rule('gdpr.erase.pending_order', pending, (n) => `${n} pending order(s): cancel or complete them first.`);
  rule(
    'gdpr.erase.prepaid_credit',
    credit,
    (n) => `A prepaid credit of ${(n / 100).toFixed(2)} € remains: refund it first.`,
    (n) => ({ amount: (n / 100).toFixed(2) }),
  );
}

/**
 * Erasure (Art. 17): eligibility listed blocker by blocker, checked again inside the change; one
 * audited change removes or anonymises everything per the map and keeps the invoices' billed party
 * under legal retention. The confirmation e-mail is queued in that change and delivered; only then a
 * second change deletes it and destroys the customer's key (crypto-shredding the audit values).
 */
export function createGdprErasure(deps: ErasureDeps) {
  const { database, changes, blocked, customerKeys, calendar, files, service, deliverMessages, detached, log } = deps;
  const repository = createGdprRepository(database);
  const eraser = createEraser(database);
  registerBlockers(database, blocked);

  function checkErasable(row: GdprRequestRow | undefined): asserts row is GdprRequestRow & { customerId: number } {
    if (!row) throw errors.requestNotFound();
    if (isClosed(row.status)) throw errors.requestClosed();
    if (row.right !== 'erasure') throw errors.wrongRight('erase an account', row.right);
    if (row.customerId === null) throw errors.notLinked();
    if (!row.identityVerifiedAt || row.status !== 'in_progress') throw errors.identityNotVerified();
    if (row.erasureResult) throw conflict('gdpr.erasure_running', 'This erasure was executed; its confirmation is being sent.');
  }

  function eligibility(id: number): { eligible: boolean; blockers: Blocker[] } {
    const row = repository.load(id);
    if (!row) throw errors.requestNotFound();
    if (row.customerId === null) return { eligible: false, blockers: [{ code: 'gdpr.not_linked', message: 'Match the request to an account first.' }] };
    const blockers = blocked.reasons('gdpr.erase', { customerId: row.customerId });
    return { eligible: blockers.length === 0, blockers };
  }

  function execute(actor: AuditActor, id: number, body: { confirmHandle: string; version: number }) {
    const { result } = changes.apply((change) => {
      const before = repository.load(id);
      checkErasable(before);
      const customer = repository.customerSummary(before.customerId);
      if (!customer) throw errors.notLinked();
      if (body.confirmHandle.trim().toLowerCase() !== customer.nicHandle) throw errors.confirmationMismatch();
      blocked.enforce({ action: 'gdpr.erase', customerId: customer.id, actorRole: actor.role });
      const today = calendar.today(change.now);
      const { party, invoiceNumbers } = eraser.billedParty(customer.id);
      const retainedUntil = invoiceNumbers.length > 0 ? addMonthsClamped(today, tenYearsCommercialCode.years * 12) : null;
      if (retainedUntil) {
        database.sqlite
          .prepare(
            'INSERT INTO retained_billing_identities (customer_id, request_id, billed_party, invoice_numbers, retained_at, purge_on) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(customer.id, id, JSON.stringify(party), JSON.stringify(invoiceNumbers), change.nowIso, retainedUntil);
      }
      const plan = eraser.erase(customer.id, customer.nicHandle);
      const outcome = { blockersAtExecution: [], counts: plan.counts, retainedUntil, executedAt: change.nowIso, confirmation: 'queued' };
      if (before.version !== body.version || !repository.updateAtVersion(id, body.version, { erasureResult: JSON.stringify(outcome) }, change.nowIso))
        throw conflict('request.stale_version', 'This request was changed by someone else since you opened it. Reload and try again.');
      // The last message to the person, queued after their messages were deleted: it goes out before the key is destroyed.
      change.notify({
        customerId: customer.id,
        to: customer.primaryEmail,
        template: 'gdpr-notice',
        locale: localeFor(before.language),
        props: {
          kind: 'erasure_completed',
          requesterName: before.requesterName,
          requestRef: requestRef(id),
          right: 'erasure',
          receivedOn: before.receivedOn,
          retainedUntil,
        },
      });
      change.afterCommit(() => {
        for (const path of plan.files) void files.remove(path);
        detached(() => confirmAndShred(id));
      });
      return {
        result: outcome,
        audit: service.entry(actor, repository.load(id) as GdprRequestRow, 'gdpr.erasure_executed', {
          counts: plan.counts,
          retainedUntil,
          invoices: invoiceNumbers.length,
        }),
      };
    });
    return result;
  }

  /** After the confirmation's delivery attempt: delete it, destroy the key, close the request. */
  async function confirmAndShred(id: number) {
    try {
      await deliverMessages();
      changes.apply((change) => {
        const row = repository.load(id);
        if (!row?.customerId || !row.erasureResult || isClosed(row.status)) throw conflict('gdpr.nothing_to_finish', 'No erasure to finish.');
        const customerId = row.customerId;
        const message = database.sqlite
          .prepare("SELECT id, status FROM messages WHERE customer_id = ? AND template = 'gdpr-notice' ORDER BY id DESC LIMIT 1")
          .get(customerId) as { id: number; status: string } | undefined;
        if (message?.status === 'queued') throw conflict('gdpr.confirmation_pending', 'The confirmation is not sent yet.');
        database.sqlite.prepare('DELETE FROM messages WHERE customer_id = ?').run(customerId);
        customerKeys.destroy(customerId, change.nowIso);
        const result = { ...(JSON.parse(row.erasureResult) as object), confirmation: message?.status ?? 'none', keyDestroyedAt: change.nowIso };
        repository.updateAtVersion(id, row.version, { status: 'completed', closedAt: change.nowIso, erasureResult: JSON.stringify(result) }, change.nowIso);
        return { result: null, audit: service.entry(null, row, 'gdpr.erasure_completed', { confirmation: result.confirmation }) };
      });
    } catch (error) {
      // Left for the retention job, which retries finishing erasures whose confirmation went out since.
      log(`gdpr erasure ${id} not finished yet: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Erasures executed but not finished (confirmation still queued at the time). */
  async function finishPending() {
    const pending = database.sqlite
      .prepare("SELECT id FROM gdpr_requests WHERE right = 'erasure' AND status = 'in_progress' AND erasure_result IS NOT NULL")
      .pluck()
      .all() as number[];
    for (const id of pending) await confirmAndShred(id);
  }

  /** The retention job: billed parties past their purge date are deleted (one audited change). */
  function purgeRetention(now: Date) {
    const today = calendar.today(now);
    const due = database.sqlite.prepare('SELECT id, customer_id AS customerId FROM retained_billing_identities WHERE purge_on <= ?').all(today) as {
      id: number;
      customerId: number;
    }[];
    if (due.length === 0) return 0;
    changes.apply(() => {
      const removed = database.sqlite.prepare('DELETE FROM retained_billing_identities WHERE purge_on <= ?').run(today).changes;
      return {
        result: removed,
        audit: {
          actor: null,
          action: 'gdpr.retention_purged',
          targetType: 'retention',
          details: { removed, customers: due.map((d) => d.customerId), purgedOn: today },
        },
      };
    });
    return due.length;
  }

  return { eligibility, execute, finishPending, purgeRetention };
}

export type GdprErasure = ReturnType<typeof createGdprErasure>;
