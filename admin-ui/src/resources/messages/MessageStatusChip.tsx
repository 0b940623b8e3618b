import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { enumLabelKey } from '../../common/enums';
import { useFormatLocale } from '../../common/formatLocale';
import { useTimeZone } from '../../common/timeZone';
import type { MessageRecord as Message } from '../../../../server/modules/messages/messages.schemas';
import { messageStatusColors } from './messageStatusColors';

/**
 * Queued, sent, failed — and "in outbox" for a message that was stored rather than sent because
 * no mail server is configured: the agent must not tell a caller "we e-mailed you" then.
 */
export function MessageStatusChip() {
  const message = useRecordContext<Message>();
  const translate = useTranslate();
  if (!message) return null;
  if (message.status === 'sent' && message.transport === 'outbox') {
    return (
      <Tooltip title={translate('guichet.messages.in_outbox_hint')} describeChild>
        <Chip size="small" variant="outlined" color="success" label={translate('guichet.messages.in_outbox')} data-status="outbox" />
      </Tooltip>
    );
  }
  return (
    <Chip
      size="small"
      color={messageStatusColors[message.status]}
      label={translate(enumLabelKey('messageStatus', message.status))}
      data-status={message.status}
    />
  );
}

/**
 * Why a message is not delivered yet: the next automatic try (if any) and the transport's last
 * error. The attempt count has its own column.
 */
function MessageDeliveryProblem() {
  const message = useRecordContext<Message>();
  const translate = useTranslate();
  const locale = useFormatLocale();
  const [timeZone] = useTimeZone();
  if (!message || message.status === 'sent' || message.attempts === 0) return null;
  const nextTry =
    message.status === 'queued' && message.nextAttemptAt
      ? new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(new Date(message.nextAttemptAt))
      : null;
  return (
    <Stack spacing={0.25} sx={{ mt: 0.5, maxWidth: 360 }}>
      {nextTry && (
        <Typography variant="caption" color="text.secondary">
          {translate('guichet.messages.next_attempt', { when: nextTry })}
        </Typography>
      )}
      {message.lastError && (
        // Long transport errors are clamped here; the message page shows them whole.
        <Typography
          variant="caption"
          color={message.status === 'failed' ? 'error' : 'text.secondary'}
          title={message.lastError}
          sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' }}
        >
          {translate('guichet.messages.last_error', { error: message.lastError })}
        </Typography>
      )}
    </Stack>
  );
}

/** The status column of message tables. */
export function MessageDelivery() {
  return (
    <>
      <MessageStatusChip />
      <MessageDeliveryProblem />
    </>
  );
}
