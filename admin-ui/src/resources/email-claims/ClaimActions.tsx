import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Tooltip } from '@mui/material';
import type { z } from 'zod';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import { rejectionReasons } from '../../../../db/schema/email-claims';
import { applyBody, matchBody, objectBody, rejectBody, requestDocumentsBody, versionBody } from '../../../../server/modules/email-claims/email-claims.schemas';
import { useTranslateLock } from '../flags/useTranslateLock';
import { ruleErrors } from '../../common/serverRules';
import { claimAction, type ClaimAction, type ClaimDetail } from './claimsApi';

type Field = { name: string; label: string; select?: readonly string[]; multiline?: boolean; helper?: string };

/** The server's schema of each action's body: the dialog checks it before sending anything. */
const schemas: Record<ClaimAction, z.ZodType> = {
  match: matchBody,
  'start-review': versionBody,
  'request-documents': requestDocumentsBody,
  approve: versionBody,
  reject: rejectBody,
  object: objectBody,
  apply: applyBody,
};

/** A lead passing the lock on applying (an open high-severity flag) says why; the server audits it. */
const overrideField: Field = { name: 'overrideReason', label: 'guichet.lock_override.label', multiline: true, helper: 'guichet.lock_override.hint' };

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
  const translateLock = useTranslateLock();
  const notify = useNotify();
  const { canAccess: canOverride = false } = useCanAccess({ resource: 'customers', action: 'override-lock' });
  const [open, setOpen] = useState<ClaimAction | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The same rule as the server's: a lead passes an overridable lock with a reason; anything else stops.
  const stoppingLock = claim.applyLocks.find((lock) => !(lock.overridable && canOverride));
  const overriding = !stoppingLock && claim.applyLocks.length > 0;
  const fieldsOf = (action: ClaimAction): Field[] | undefined => (action === 'apply' && overriding ? [overrideField] : dialogs[action]);

  async function run(action: ClaimAction, extra: Record<string, string> = {}) {
    const body = { ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v.trim() !== '')), version: claim.version };
    const broken = ruleErrors(schemas[action], body, 'guichet.claims.rules');
    if (Object.keys(broken).length > 0) {
      setErrors(broken);
      return;
    }
    try {
      // Passing the lock needs a fresh confirmation: the request layer asks for it (ReauthDialog) and sends again.
      await claimAction(claim.id, action, body);
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
        const lock = action === 'apply' && stoppingLock ? translateLock(stoppingLock) : null;
        const blocker = claim.actionBlockers[blockerKey[action]] ?? lock;
        return (
          <Tooltip key={action} title={blocker ?? ''}>
            <span>
              <Button
                variant={action === 'approve' || action === 'apply' ? 'contained' : 'outlined'}
                color={action === 'reject' || action === 'object' ? 'error' : 'primary'}
                disabled={Boolean(blocker)}
                data-action={action}
                onClick={() => (fieldsOf(action) ? setOpen(action) : void run(action))}
              >
                {translate(`guichet.claims.action.${action}`)}
              </Button>
            </span>
          </Tooltip>
        );
      })}
      <Dialog
        open={open !== null}
        onClose={() => {
          setOpen(null);
          setErrors({});
        }}
        fullWidth
        maxWidth="sm"
      >
        <DialogTitle>{open && translate(`guichet.claims.action.${open}`)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {open === 'apply' && overriding && <Alert severity="warning">{claim.applyLocks.map((lock) => translateLock(lock)).join(' ')}</Alert>}
            {(open ? (fieldsOf(open) ?? []) : []).map((field) => (
              <TextField
                key={field.name}
                name={field.name}
                label={translate(field.label)}
                select={Boolean(field.select)}
                multiline={field.multiline}
                minRows={field.multiline ? 2 : undefined}
                value={values[field.name] ?? ''}
                error={Boolean(errors[field.name])}
                helperText={errors[field.name] ? translate(errors[field.name] ?? '', { _: errors[field.name] }) : field.helper && translate(field.helper)}
                onChange={(event) => {
                  setValues({ ...values, [field.name]: event.target.value });
                  // The rule is checked again on sending; a stale message under a corrected field misleads.
                  setErrors(({ [field.name]: _corrected, ...others }) => others);
                }}
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
