import { Box, Typography } from '@mui/material';
import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { languageName } from '../../common/countries';
import { useFormatLocale } from '../../common/formatLocale';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { MessageRecord as Message } from '../../../../server/modules/messages/messages.schemas';
import { MessageStatusChip } from './MessageStatusChip';
import { refetchMessageWhileQueued } from './refetchWhileQueued';
import { RetryMessageButton } from './RetryMessageButton';

function MessageTitle() {
  const message = useRecordContext<Message>();
  return <>{message?.subject ?? ''}</>;
}

/** The text exactly as sent: line breaks kept. */
function TextBody() {
  const message = useRecordContext<Message>();
  return (
    <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0, p: 2, bgcolor: 'grey.50', borderRadius: 1 }}>
      {message?.textBody}
    </Box>
  );
}

/**
 * The HTML as the customer's mail client shows it. It is rendered in a sandboxed frame with no
 * permissions at all (`sandbox=""`: no scripts, no forms, a unique origin), never in the
 * console's own page: a message body must not be able to act with the agent's session.
 */
function HtmlBody() {
  const message = useRecordContext<Message>();
  const translate = useTranslate();
  if (!message) return null;
  return (
    <Box
      component="iframe"
      sandbox=""
      srcDoc={message.htmlBody ?? ''}
      title={translate('guichet.messages.html_frame_title', { subject: message.subject })}
      sx={{ width: '100%', maxWidth: 720, height: 420, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'common.white' }}
    />
  );
}

/** How the message left: through the SMTP server, or kept in the outbox. */
function Transport() {
  const message = useRecordContext<Message>();
  const translate = useTranslate();
  return <Typography variant="body2">{message?.transport ? translate(`guichet.messages.transport.${message.transport}`) : '—'}</Typography>;
}

function MessageActions() {
  return (
    <TopToolbar>
      <RetryMessageButton />
    </TopToolbar>
  );
}

/** Which e-mail this is, in words (the template's code stays in the API and the audit details). */
function TemplateName() {
  const message = useRecordContext<Message>();
  const translate = useTranslate();
  if (!message) return null;
  return <Typography variant="body2">{translate(`guichet.messages.templates.${message.template}`, { _: message.template })}</Typography>;
}

function MessageLanguage() {
  const message = useRecordContext<Message>();
  const locale = useFormatLocale();
  return message ? <Typography variant="body2">{languageName(message.locale, locale)}</Typography> : null;
}

export function MessageShow() {
  return (
    <Show<Message> title={<MessageTitle />} actions={<MessageActions />} queryOptions={refetchMessageWhileQueued}>
      <SimpleShowLayout>
        <ReferenceField source="customerId" reference="customers" link="show" emptyText="—" />
        <TextField source="toAddress" />
        <TextField source="subject" />
        <Labeled source="template">
          <TemplateName />
        </Labeled>
        <Labeled source="locale">
          <MessageLanguage />
        </Labeled>
        <Labeled source="status">
          <MessageStatusChip />
        </Labeled>
        <Labeled source="transport">
          <Transport />
        </Labeled>
        <TextField source="attempts" />
        <TextField source="lastError" emptyText="—" sx={{ overflowWrap: 'anywhere' }} />
        <LocaleDateField source="nextAttemptAt" showTime emptyText="—" />
        <TextField source="causeAction" emptyText="—" sx={{ fontFamily: 'monospace' }} />
        <LocaleDateField source="createdAt" showTime />
        <LocaleDateField source="sentAt" showTime emptyText="—" />
        <Labeled source="textBody" fullWidth>
          <TextBody />
        </Labeled>
        <Labeled source="htmlBody" fullWidth>
          <HtmlBody />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
