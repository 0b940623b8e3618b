import { useId, useState, type ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Form, useNotify, useTranslate } from 'react-admin';
import { toApiError, useTranslateServerMessage } from '../../common/apiErrors';

interface GdprDialogProps {
  title: string;
  submitLabel: string;
  done: string;
  onClose: () => void;
  onDone: () => void;
  /** Sends the form's values; a 400's per-field errors land under the fields, a refusal in the dialog. */
  send: (values: Record<string, unknown>) => Promise<unknown>;
  record?: Record<string, unknown>;
  /** False keeps the submit button disabled (e.g. erasure while blockers remain). */
  canSubmit?: boolean;
  danger?: boolean;
  children?: ReactNode;
}

/** One dialog for every step of a request: a small form, sent pessimistically, the server's refusal shown in it. */
export function GdprDialog({ title, submitLabel, done, onClose, onDone, send, record, canSubmit = true, danger, children }: GdprDialogProps) {
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const notify = useNotify();
  const titleId = useId();
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);
  const [isPending, setPending] = useState(false);

  async function submit(values: Record<string, unknown>) {
    setProblem(null);
    setPending(true);
    try {
      await send(values);
      notify(done, { type: 'success' });
      onDone();
      onClose();
      return undefined;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status === 400 && apiError.errors) return apiError.errors;
      setProblem(apiError);
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby={titleId}>
      <Form record={record ?? {}} onSubmit={submit} disableInvalidFormNotification>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent dividers>
          {children}
          {problem && (
            <Alert severity="error" sx={{ mt: 2 }} data-code={problem.code}>
              {translateServerMessage(problem)}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" color={danger ? 'error' : 'primary'} disabled={!canSubmit || isPending}>
            {submitLabel}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** A text input's value as sent: form values are typed unknown, an empty input may be absent. */
export const formText = (value: unknown): string => (typeof value === 'string' ? value : '');
