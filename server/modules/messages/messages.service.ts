import type { Database_ } from '../../../db/client.js';
import { renderTemplate, type EmailTemplateName, type EmailTemplateProps, type Locale } from '../../../templates/emails/index.js';
import type { ListQueryOf } from '../../http/list-query.js';
import type { messageListContract } from './messages.schemas.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import type { MailTransport } from './mail-transport.js';
import { messageNotFound, messageNotRetryable } from './messages.errors.js';
import { createMessagesRepository, type MessageRow } from './messages.repository.js';

interface MessagesDeps {
  database: Database_;
  changes: AuditedChanges;
  transport: MailTransport;
  mailFrom: string;
  clock: () => Date;
  log: (line: string) => void;
}

/** After this many failed attempts a message is marked failed; an agent can still retry it. */
export const maxDeliveryAttempts = 6;
const firstRetryDelayMs = 30_000;
const batchSize = 50;

export function createMessagesService({ database, changes, transport, mailFrom, clock, log }: MessagesDeps) {
  const repository = createMessagesRepository(database);
  let delivering: Promise<void> | null = null;
  let deliverAgain = false;
  let timer: NodeJS.Timeout | undefined;

  /** Renders a queued message once, after the commit that queued it; the rendered text is what is sent. */
  function rendered(message: MessageRow): { subject: string; text: string; html: string } {
    if (message.subject !== null && message.textBody !== null && message.htmlBody !== null)
      return { subject: message.subject, text: message.textBody, html: message.htmlBody };
    const props = JSON.parse(message.props) as EmailTemplateProps[EmailTemplateName];
    const email = renderTemplate(message.template as EmailTemplateName, props, message.locale as Locale);
    repository.update(message.id, { subject: email.subject, textBody: email.text, htmlBody: email.html });
    return email;
  }

  async function deliverOne(id: number): Promise<void> {
    const message = repository.findById(id);
    if (!message || message.status !== 'queued') return;
    const attempts = message.attempts + 1;
    try {
      const { subject, text, html } = rendered(message);
      const { messageId } = await transport.send({ from: mailFrom, to: message.toAddress, subject, text, html });
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
    return changes.apply((change) => {
      const message = get(id);
      if (message.status !== 'failed') throw messageNotRetryable();
      repository.update(id, { status: 'queued', nextAttemptAt: null });
      change.afterCommit(kick);
      return {
        result: get(id),
        audit: {
          actor,
          action: 'messages.retry',
          targetType: 'message',
          targetId: id,
          customerId: message.customerId,
          details: { attempts: message.attempts },
        },
      };
    }).result;
  }

  changes.onMessagesQueued(() => void kick());

  return {
    kick,
    retry,
    get,
    list: (query: ListQueryOf<typeof messageListContract>) => repository.list(query),
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
