import { inTransaction, type Database_ } from '../../../db/client.js';
import { renderTemplate, type EmailTemplateName, type EmailTemplateProps, type Locale } from '../../../templates/emails/index.js';
import type { ListQuery } from '../../http/list-query.js';
import type { AuditActor, AuditLog } from '../audit/audit.service.js';
import type { MailTransport } from './mail-transport.js';
import { messageNotFound, messageNotRetryable } from './messages.errors.js';
import { createMessagesRepository } from './messages.repository.js';

export interface MessageToQueue<N extends EmailTemplateName> {
  customerId: number;
  to: string;
  template: N;
  props: EmailTemplateProps[N];
  locale: Locale;
  causeAction: string;
  auditId: number;
}

interface MessagesDeps {
  database: Database_;
  audit: AuditLog;
  transport: MailTransport;
  mailFrom: string;
  clock: () => Date;
  log: (line: string) => void;
}

/** After this many failed attempts a message is marked failed; an agent can still retry it. */
export const maxDeliveryAttempts = 6;
const firstRetryDelayMs = 30_000;
const batchSize = 50;

export function createMessagesService({ database, audit, transport, mailFrom, clock, log }: MessagesDeps) {
  const repository = createMessagesRepository(database);
  let delivering: Promise<void> | null = null;
  let deliverAgain = false;
  let timer: NodeJS.Timeout | undefined;

  /** Stores a rendered message as queued. Call inside the transaction of the action that causes it. */
  function enqueue<N extends EmailTemplateName>(message: MessageToQueue<N>): number {
    if (!database.sqlite.inTransaction) throw new Error('A message must be queued inside the transaction of its cause.');
    const rendered = renderTemplate(message.template, message.props, message.locale);
    return repository.insert({
      customerId: message.customerId,
      toAddress: message.to,
      template: message.template,
      locale: message.locale,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      causeAction: message.causeAction,
      auditId: message.auditId,
      createdAt: clock().toISOString(),
    }).id;
  }

  async function deliverOne(id: number): Promise<void> {
    const message = repository.findById(id);
    if (!message || message.status !== 'queued') return;
    const attempts = message.attempts + 1;
    try {
      const { messageId } = await transport.send({
        from: mailFrom,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
      });
      repository.update(id, {
        status: 'sent',
        attempts,
        sentAt: clock().toISOString(),
        transport: transport.kind,
        providerMessageId: messageId,
        lastError: null,
        nextAttemptAt: null,
      });
    } catch (error) {
      const lastError = error instanceof Error ? error.message.slice(0, 500) : String(error);
      const exhausted = attempts >= maxDeliveryAttempts;
      const nextAttemptAt = exhausted ? null : new Date(clock().getTime() + firstRetryDelayMs * 2 ** (attempts - 1)).toISOString();
      repository.update(id, { status: exhausted ? 'failed' : 'queued', attempts, lastError, nextAttemptAt });
      log(`message ${id}: delivery attempt ${attempts} failed${exhausted ? ', giving up until retried' : ''}`);
    }
  }

  async function deliverDue(): Promise<void> {
    for (;;) {
      const ids = repository.dueIds(clock().toISOString(), batchSize);
      for (const id of ids) await deliverOne(id);
      if (ids.length < batchSize) return;
    }
  }

  /** Starts a delivery round (or asks the running one to go again); resolves when it is done. */
  function kick(): Promise<void> {
    if (delivering) {
      deliverAgain = true;
      return delivering;
    }
    delivering = (async () => {
      do {
        deliverAgain = false;
        await deliverDue();
      } while (deliverAgain);
    })().finally(() => {
      delivering = null;
    });
    return delivering;
  }

  function get(id: number) {
    const message = repository.findById(id);
    if (!message) throw messageNotFound();
    return message;
  }

  function retry(actor: AuditActor, id: number) {
    const updated = inTransaction(database, () => {
      const message = get(id);
      if (message.status !== 'failed') throw messageNotRetryable();
      repository.update(id, { status: 'queued', nextAttemptAt: null });
      audit.record({
        actor,
        action: 'messages.retry',
        targetType: 'message',
        targetId: id,
        customerId: message.customerId,
        details: { attempts: message.attempts },
      });
      return get(id);
    });
    void kick();
    return updated;
  }

  return {
    enqueue,
    kick,
    retry,
    get,
    list: (query: ListQuery<Record<string, unknown>>) => repository.list(query),
    /** Delivers what is queued now (messages a crash left behind) and then every `intervalMs` (retries). */
    start(intervalMs = 15_000) {
      void kick();
      timer = setInterval(() => void kick(), intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await delivering;
      transport.close();
    },
  };
}

export type MessagesService = ReturnType<typeof createMessagesService>;
