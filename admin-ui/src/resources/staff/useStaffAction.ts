import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, type Identifier } from 'react-admin';
import { toApiError, useTranslateServerMessage } from '../../common/apiErrors';
import type { GuichetDataProvider } from '../../providers/dataProvider';
import type { StaffActionResult } from '../../../../server/modules/staff/staff.service';

type Action = 'reset-password' | 'reset-two-factor' | 'unlock';

const doneMessage: Record<Action, string> = {
  'reset-password': 'guichet.staff.done.saved',
  'reset-two-factor': 'guichet.staff.done.two_factor_reset',
  unlock: 'guichet.staff.done.unlocked',
};

/** Runs an admin action on a staff account; keeps the answer when it carries a link to show once. */
export function useStaffAction() {
  const dataProvider = useDataProvider<GuichetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translateServerMessage = useTranslateServerMessage();
  const [shown, setShown] = useState<StaffActionResult | null>(null);
  const mutation = useMutation({
    mutationFn: ({ id, action }: { id: Identifier; action: Action }) => dataProvider.staffAction(id, action),
    onSuccess: ({ data }, { action }) => {
      refresh();
      if (data.issuedLink) return setShown(data);
      notify(data.approvalRequested ? 'guichet.staff.done.approval_requested' : doneMessage[action], { type: 'info' });
    },
    onError: (error) => notify(translateServerMessage(toApiError(error)), { type: 'error' }),
  });
  return { run: (id: Identifier, action: Action) => mutation.mutate({ id, action }), isPending: mutation.isPending, shown, dismiss: () => setShown(null) };
}
