import { useEffect, useId, useState } from 'react';
import { Alert, Button, Checkbox, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Typography } from '@mui/material';
import SwapVertIcon from '@mui/icons-material/SwapVert';
import { Confirm, Form, TextInput, required, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';
import { useTranslateServerMessage } from '../../../common/apiErrors';
import type { CustomerView as Customer } from '../../../../../server/modules/customers/customers.service';
import { PromotionAddresses } from './PromotionAddresses';
import { PromotionFields } from './PromotionFields';
import { usePromotionLock } from './promotionLock';
import { validatePromotion } from './promotionRequest';
import { staleVersionCode, usePromoteBackupEmail, type PromotionProblem } from './usePromoteBackupEmail';

// The form starts empty: without its own record, Form would take the customer's as defaults.
const emptyForm = {};

interface ProblemAlertProps {
  problem: PromotionProblem;
  onReload: () => void;
}

function ProblemAlert({ problem, onReload }: ProblemAlertProps) {
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const isStale = problem.code === staleVersionCode;
  return (
    <Alert
      severity="error"
      sx={{ mt: 2 }}
      action={
        isStale ? (
          <Button color="inherit" size="small" onClick={onReload} sx={{ whiteSpace: 'nowrap' }}>
            {translate('guichet.promote_backup_email.reload')}
          </Button>
        ) : undefined
      }
    >
      {translateServerMessage(problem)}
    </Alert>
  );
}

/** Tells the dialog whether the agent has typed anything, so closing can ask before losing it. */
function DirtyWatcher({ onChange }: { onChange: (isDirty: boolean) => void }) {
  const { isDirty } = useFormState();
  useEffect(() => onChange(isDirty), [isDirty, onChange]);
  return null;
}

interface PromoteBackupEmailDialogProps {
  customer: Customer;
  onClose: () => void;
}

/** SPEC §4.3: who asked (ticket), how they were identified, why; then an explicit confirmation. */
// autoFocus alone loses to the dialog's focus trap when the opening transition ends (the trap focuses
// the dialog itself); focusing once the dialog has entered puts the caret where the agent types first.
const focusFirstField = (node: HTMLElement) => node.querySelector<HTMLInputElement>('input[name="ticketRef"]')?.focus();

export function PromoteBackupEmailDialog({ customer, onClose }: PromoteBackupEmailDialogProps) {
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const titleId = useId();
  const [isConfirmed, setConfirmed] = useState(false);
  const { submit, reload, isPending, problem } = usePromoteBackupEmail(customer, onClose);
  const { stopping: blocker, overridden } = usePromotionLock(customer);
  const isStale = problem?.code === staleVersionCode;
  const canSubmit = isConfirmed && !isPending && !isStale && !blocker;

  const [hasTyped, setHasTyped] = useState(false);
  const [isAskingToDiscard, setAskingToDiscard] = useState(false);

  function closeUnlessPending() {
    // The request is on its way: closing now would hide whether it succeeded.
    if (!isPending) onClose();
  }

  /** Escape or a click outside: a ticket and a reason half typed are not thrown away unasked. */
  function closeOrAsk() {
    if (isPending) return;
    if (hasTyped) setAskingToDiscard(true);
    else onClose();
  }

  function reloadAndConfirmAgain() {
    // The addresses shown may change with the reload: the confirmation was for the old ones.
    setConfirmed(false);
    reload();
  }

  return (
    <Dialog open onClose={closeOrAsk} maxWidth="md" fullWidth aria-labelledby={titleId} slotProps={{ transition: { onEntered: focusFirstField } }}>
      <Form record={emptyForm} onSubmit={submit} validate={validatePromotion} disableInvalidFormNotification>
        <DirtyWatcher onChange={setHasTyped} />
        <DialogTitle id={titleId}>{translate('guichet.promote_backup_email.title', { handle: customer.nicHandle })}</DialogTitle>
        <DialogContent dividers>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('guichet.promote_backup_email.intro')}
          </Typography>
          <PromotionAddresses customer={customer} />
          <PromotionFields />
          {overridden.length > 0 && (
            <>
              <Alert severity="warning" sx={{ mt: 2 }}>
                {overridden.map((lock) => translateServerMessage(lock)).join(' ')}
              </Alert>
              <TextInput
                source="overrideReason"
                label="guichet.lock_override.label"
                helperText="guichet.lock_override.hint"
                validate={required()}
                multiline
                minRows={2}
                fullWidth
                sx={{ mt: 2 }}
              />
            </>
          )}
          {blocker ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {translateServerMessage(blocker)}
            </Alert>
          ) : (
            problem && <ProblemAlert problem={problem} onReload={reloadAndConfirmAgain} />
          )}
          <FormControlLabel
            sx={{ mt: 2, alignItems: 'flex-start' }}
            control={<Checkbox checked={isConfirmed} onChange={(event) => setConfirmed(event.target.checked)} sx={{ mt: -1 }} />}
            label={translate('guichet.promote_backup_email.confirm')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={closeUnlessPending} disabled={isPending}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={!canSubmit}
            startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : <SwapVertIcon />}
          >
            {translate(isPending ? 'guichet.promote_backup_email.submitting' : 'guichet.promote_backup_email.submit')}
          </Button>
        </DialogActions>
      </Form>
      <Confirm
        isOpen={isAskingToDiscard}
        title="guichet.promote_backup_email.discard_title"
        content="guichet.promote_backup_email.discard_content"
        confirm="guichet.promote_backup_email.discard"
        cancel="guichet.promote_backup_email.keep_editing"
        onConfirm={onClose}
        onClose={() => setAskingToDiscard(false)}
      />
    </Dialog>
  );
}
