import type { MouseEvent } from 'react';
import { Button, CircularProgress } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import { useMutation } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type Identifier } from 'react-admin';
import { toApiError, useTranslateServerMessage } from '../../common/apiErrors';
import type { GuichetDataProvider } from '../../providers/dataProvider';
import type { MessageRecord as Message } from '../../../../server/modules/messages/messages.schemas';

/** Puts a failed message back in the delivery queue (only failed ones: the server refuses others). */
export function RetryMessageButton() {
  const message = useRecordContext<Message>();
  const { canAccess } = useCanAccess({ resource: 'messages', action: 'retry' });
  const dataProvider = useDataProvider<GuichetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const retry = useMutation({
    mutationFn: (id: Identifier) => dataProvider.retryMessage(id),
    onSuccess: () => {
      notify('guichet.messages.retried', { type: 'info' });
      refresh();
    },
    onError: (error) => notify(translateServerMessage(toApiError(error)), { type: 'error' }),
  });
  if (!message || message.status !== 'failed' || !canAccess) return null;

  function onClick(event: MouseEvent) {
    event.stopPropagation(); // the row's own click opens the message
    if (message) retry.mutate(message.id);
  }

  return (
    <Button
      size="small"
      onClick={onClick}
      disabled={retry.isPending}
      startIcon={retry.isPending ? <CircularProgress size={14} color="inherit" /> : <ReplayIcon />}
    >
      {translate('guichet.messages.retry')}
    </Button>
  );
}
