import nodemailer from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  /** 'smtp' when a server is configured; 'outbox' when mail stays in the console's outbox. */
  kind: 'smtp' | 'outbox';
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/**
 * Both paths go through nodemailer: to the SMTP server named by SMTP_URL, or, without one, through
 * its JSON transport, which builds the message without sending it — the stored row in the
 * outbox is then the delivery.
 */
export function createMailTransport(smtpUrl: string | undefined): MailTransport {
  const transporter = smtpUrl
    ? nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
    : nodemailer.createTransport({ jsonTransport: true });
  return {
    kind: smtpUrl ? 'smtp' : 'outbox',
    send: async (mail) => {
      const info = await transporter.sendMail(mail);
      return { messageId: String(info.messageId) };
    },
    close: () => transporter.close(),
  };
}
