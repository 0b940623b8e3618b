import { useState, type MouseEvent } from 'react';
import { Button, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { toApiError, useTranslateServerMessage } from '../../common/apiErrors';
import type { DecidedApproval, GuichetDataProvider } from '../../providers/dataProvider';
import { IssuedLinkDialog } from '../staff/IssuedLinkDialog';

/** Approve (re-authentication may be asked first) or reject a pending request. */
export function DecideButtons() {
  const approval = useRecordContext<DecidedApproval>();
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const dataProvider = useDataProvider<GuichetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [shown, setShown] = useState<DecidedApproval | null>(null);
  const decide = useMutation({
    mutationFn: (decision: 'approve' | 'reject') => dataProvider.decideStaffApproval(approval?.id ?? 0, decision),
    onSuccess: ({ data }, decision) => {
      // The link is shown before the list refreshes: once decided, this row leaves the pending list.
      if (data.issuedLink) return setShown(data);
      refresh();
      notify(decision === 'reject' ? 'guichet.approvals.rejected' : data.linkMailed ? 'guichet.approvals.approved_mailed' : 'guichet.approvals.approved', {
        type: 'info',
      });
    },
    onError: (error) => notify(translateServerMessage(toApiError(error)), { type: 'error' }),
  });
  if (!approval || approval.status !== 'pending') return null;
  const click = (decision: 'approve' | 'reject') => (event: MouseEvent) => {
    event.stopPropagation();
    decide.mutate(decision);
  };
  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" variant="contained" disabled={decide.isPending} onClick={click('approve')}>
        {translate('guichet.approvals.approve')}
      </Button>
      <Button size="small" color="error" disabled={decide.isPending} onClick={click('reject')}>
        {translate('guichet.approvals.reject')}
      </Button>
      {shown?.issuedLink ? (
        <IssuedLinkDialog
          link={shown.issuedLink}
          person={{ displayName: shown.staffDisplayName, email: shown.staffEmail }}
          onClose={() => {
            setShown(null);
            refresh();
          }}
        />
      ) : null}
    </Stack>
  );
}
