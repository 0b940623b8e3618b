import { useId, useState, type ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Form, useNotify, useRefresh, useTranslate } from 'react-admin';
import { toApiError } from '../../common/apiErrors';
import { useTranslateServerMessage } from '../../common/apiErrors';

interface FlagActionDialogProps {
  title: string;
  submitLabel: string;
  done: string;
  onClose: () => void;
  /** Sends the form's values; a 400's per-field errors land under the fields. */
  send: (values: Record<string, unknown>) => Promise<unknown>;
  children: ReactNode;
}

/** One dialog shape for every flag action: a small form, sent pessimistically, refusals shown in it. */
/** A text input's value as sent: form values are typed unknown, an empty input may be absent. */
export const formText = (value: unknown): string => (typeof value === 'string' ? value : '');

export function FlagActionDialog({ title, submitLabel, done, onClose, send, children }: FlagActionDialogProps) {
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);

  async function submit(values: Record<string, unknown>) {
    setProblem(null);
    try {
      await send(values);
      notify(done, { type: 'success' });
      refresh();
      onClose();
      return undefined;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status === 400 && apiError.errors) return apiError.errors;
      setProblem(apiError);
      return undefined;
    }
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby={titleId}>
      <Form record={{}} onSubmit={submit} disableInvalidFormNotification>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent dividers>
          {children}
          {problem && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {translateServerMessage(problem)}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained">
            {submitLabel}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
}
