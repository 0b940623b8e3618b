import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Tooltip } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { rejectionReasons } from '../../../../db/schema/email-claims';
import { claimAction, type ClaimAction, type ClaimDetail } from './claimsApi';

type Field = { name: string; label: string; select?: readonly string[]; multiline?: boolean };

// Which fields each action asks for (the server's schemas say which are required).
const dialogs: Partial<Record<ClaimAction, Field[]>> = {
  match: [{ name: 'nicHandle', label: 'guichet.claims.nic_handle' }],
  'request-documents': [{ name: 'reason', label: 'guichet.claims.reason_field', multiline: true }],
  reject: [
    { name: 'rejectionReason', label: 'guichet.claims.reason_field', select: rejectionReasons },
    { name: 'note', label: 'guichet.claims.note', multiline: true },
  ],
  object: [
    { name: 'fraudNote', label: 'resources.email-claims.fields.fraudNote', multiline: true },
    { name: 'ticketRef', label: 'resources.email-claims.fields.ticketRef' },
  ],
};

const blockerKey: Record<ClaimAction, keyof ClaimDetail['actionBlockers']> = {
  match: 'match',
  'start-review': 'start_review',
  'request-documents': 'request_documents',
  approve: 'approve',
  reject: 'reject',
  object: 'object',
  apply: 'apply',
};

export function ClaimActions({ claim, onDone }: { claim: ClaimDetail; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState<ClaimAction | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function run(action: ClaimAction, extra: Record<string, string> = {}) {
    const body = Object.fromEntries(Object.entries(extra).filter(([, v]) => v.trim() !== ''));
    try {
      await claimAction(claim.id, action, { ...body, version: claim.version });
      setOpen(null);
      setValues({});
      setErrors({});
      notify('guichet.claims.action.done', { type: 'success' });
      onDone();
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      setErrors(body?.errors ?? {});
      notify((error as Error).message, { type: 'error' });
    }
  }

  const shown = (Object.keys(blockerKey) as ClaimAction[]).filter((action) => !(action === 'match' && !claim.unmatched));
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {shown.map((action) => {
        const blocker = claim.actionBlockers[blockerKey[action]];
        return (
          <Tooltip key={action} title={blocker ?? ''}>
            <span>
              <Button
                variant={action === 'approve' || action === 'apply' ? 'contained' : 'outlined'}
                color={action === 'reject' || action === 'object' ? 'error' : 'primary'}
                disabled={Boolean(blocker)}
                data-action={action}
                onClick={() => (dialogs[action] ? setOpen(action) : void run(action))}
              >
                {translate(`guichet.claims.action.${action}`)}
              </Button>
            </span>
          </Tooltip>
        );
      })}
      <Dialog open={open !== null} onClose={() => setOpen(null)} fullWidth maxWidth="sm">
        <DialogTitle>{open && translate(`guichet.claims.action.${open}`)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {(open ? (dialogs[open] ?? []) : []).map((field) => (
              <TextField
                key={field.name}
                name={field.name}
                label={translate(field.label)}
                select={Boolean(field.select)}
                multiline={field.multiline}
                minRows={field.multiline ? 2 : undefined}
                value={values[field.name] ?? ''}
                error={Boolean(errors[field.name])}
                helperText={errors[field.name]}
                onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
              >
                {field.select?.map((option) => (
                  <MenuItem key={option} value={option}>
                    {translate(`guichet.claims.reason.${option}`)}
                  </MenuItem>
                ))}
              </TextField>
            ))}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(null)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" data-action="confirm" onClick={() => open && void run(open, values)}>
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
