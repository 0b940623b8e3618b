import { useId, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Form, useNotify, useRefresh, useTranslate } from 'react-admin';
import { toApiError } from '../../common/apiErrors';
import { useTranslateServerMessage } from '../../common/apiErrors';
import { ruleErrors } from '../../common/serverRules';

interface FlagActionDialogProps<Body> {
  title: string;
  submitLabel: string;
  done: string;
  onClose: () => void;
  /** The server's schema for the body: the form is checked against it before anything is sent. */
  schema: z.ZodType<Body>;
  /** The request body the form's values make (trimmed text, absent optional fields). */
  toBody: (values: Record<string, unknown>) => Body;
  /** Sends the body; a 400's per-field errors land under the fields. */
  send: (body: Body) => Promise<unknown>;
  children: ReactNode;
}

/** Under each field, the translated statement of its rule (`guichet.flags.rules.<field>`). */
const rulesKey = 'guichet.flags.rules';

/** A text input's value as sent: form values are typed unknown, an empty input may be absent. */
export const formText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** One dialog shape for every flag action: a small form, checked by the server's rules, sent pessimistically, refusals shown in it. */
export function FlagActionDialog<Body>({ title, submitLabel, done, onClose, schema, toBody, send, children }: FlagActionDialogProps<Body>) {
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);

  async function submit(values: Record<string, unknown>) {
    setProblem(null);
    try {
      await send(toBody(values));
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
      <Form record={{}} onSubmit={submit} validate={(values) => ruleErrors(schema, toBody(values), rulesKey)} disableInvalidFormNotification>
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
