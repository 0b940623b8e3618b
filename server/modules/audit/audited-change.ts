import type { Database_ } from '../../../db/client.js';
import { countCommittedAuditEntry, outsideRequestAudit } from '../../http/audit-invariant.js';
import type { EmailTemplateName, EmailTemplateProps, Locale } from '../../../templates/emails/index.js';
import type { AuditEntryInput, AuditLog } from './audit.service.js';
import { createMessagesRepository } from '../messages/messages.repository.js';

/** A customer e-mail that the change causes; it is stored with the change and rendered and sent after it. */
export interface Notification<N extends EmailTemplateName = EmailTemplateName> {
  /** Null for a requester not (yet) matched to an account (a GDPR request's notices). */
  customerId: number | null;
  to: string;
  template: N;
  props: EmailTemplateProps[N];
  locale: Locale;
}

/** What the work of a change can use while its transaction is open. */
export interface ChangeContext {
  /** The change's one clock reading: rows, messages and the audit entry carry the same instant. */
  readonly now: Date;
  readonly nowIso: string;
  /** Queues a customer e-mail in the same transaction, linked to the change's audit entry. */
  // Properties, not methods: work functions destructure them (`({ notify }) => …`).
  readonly notify: <N extends EmailTemplateName>(notification: Notification<N>) => void;
  /** Runs after the commit (rendering, files, delivery); never when the change is refused. */
  readonly afterCommit: (task: () => unknown) => void;
}

/** The work's answer: what the caller gets back, and the one audit entry that records the change. */
export interface ChangeOutcome<T> {
  result: T;
  audit: AuditEntryInput;
}

/** What a commit listener learns: the change's audit entry (no personal data needed) and its instant. */
export interface CommittedChange {
  entry: AuditEntryInput;
  auditId: number;
  at: string;
}

export interface AppliedChange<T> {
  result: T;
  auditId: number;
}

interface AuditedChangeDeps {
  database: Database_;
  audit: AuditLog;
  clock: () => Date;
  log?: (line: string) => void;
}

/**
 * The one way to make a change (STYLE.md, "How a request flows"): an IMMEDIATE transaction in which
 * `work` reads, checks and writes, then exactly one audit entry and the messages the change queued.
 * A refusal is a throw inside `work`: the transaction rolls back, nothing is written, no entry.
 * better-sqlite3 is synchronous: `work` must not await (an async function is rejected outright).
 * This is the single place that begins a transaction, so another database backend changes here only.
 */
export function createAuditedChanges({ database, audit, clock, log = () => {} }: AuditedChangeDeps) {
  const outbox = createMessagesRepository(database);
  const messageListeners: (() => void)[] = [];
  const commitListeners: ((committed: CommittedChange) => void)[] = [];

  function apply<T>(work: (change: ChangeContext) => ChangeOutcome<T>): AppliedChange<T> {
    const now = clock();
    const nowIso = now.toISOString();
    const notifications: Notification[] = [];
    const tasks: (() => unknown)[] = [];
    const context: ChangeContext = {
      now,
      nowIso,
      notify: (notification) => void notifications.push(notification),
      afterCommit: (task) => void tasks.push(task),
    };
    const committed = database.sqlite
      .transaction(() => {
        const outcome = work(context);
        if (outcome instanceof Promise) throw new Error('An audited change must be synchronous: do slow work before or after it.');
        const auditId = audit.append(outcome.audit, nowIso);
        for (const n of notifications) {
          outbox.insert({
            customerId: n.customerId,
            toAddress: n.to,
            template: n.template,
            locale: n.locale,
            props: JSON.stringify(n.props),
            causeAction: outcome.audit.action,
            auditId,
            createdAt: nowIso,
          });
        }
        return { result: outcome.result, auditId, entry: outcome.audit };
      })
      .immediate();
    countCommittedAuditEntry();
    if (notifications.length > 0) for (const listener of messageListeners) listener();
    for (const task of tasks) runAfterCommit(task);
    for (const listener of commitListeners)
      outsideRequestAudit(() => runAfterCommit(() => listener({ entry: committed.entry, auditId: committed.auditId, at: nowIso })));
    return { result: committed.result, auditId: committed.auditId };
  }

  // The change is committed whatever happens here: a failing task is logged, never turned into an error
  // for a change that did happen. Tasks that must not be lost keep their own retry state in the database.
  function runAfterCommit(task: () => unknown): void {
    try {
      const pending = task();
      if (pending instanceof Promise) pending.catch((error: unknown) => log(`after-commit task failed: ${describe(error)}`));
    } catch (error) {
      log(`after-commit task failed: ${describe(error)}`);
    }
  }

  return {
    apply,
    /** The outbox dispatcher subscribes here to deliver right after a change queues messages. */
    onMessagesQueued: (listener: () => void) => void messageListeners.push(listener),
    /**
     * Reacting to another capability's committed change without coupling to it (e.g. detection after
     * an e-mail change). The listener runs after the commit, may apply its own change, and its
     * failure never undoes the change it reacts to.
     */
    onCommitted: (listener: (committed: CommittedChange) => void) => void commitListeners.push(listener),
  };
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export type AuditedChanges = ReturnType<typeof createAuditedChanges>;
