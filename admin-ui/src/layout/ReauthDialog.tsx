import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { toApiError, useTranslateServerMessage } from '../common/apiErrors';
import { currentStaff } from '../providers/authProvider';
import { apiUrl } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import { registerReauthPrompt } from '../providers/reauth';

/**
 * Asks for the password (or the authenticator code when the person is enrolled) when the server
 * wants a fresh confirmation before a dangerous action; the refused request is then sent again.
 */
export function ReauthDialog() {
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const titleId = useId();
  const [isOpen, setOpen] = useState(false);
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const settle = useRef<((confirmed: boolean) => void) | null>(null);
  const usesCode = currentStaff()?.twoFactorEnabled === true;

  useEffect(
    () =>
      registerReauthPrompt(
        () =>
          new Promise<boolean>((resolve) => {
            settle.current = resolve;
            setSecret('');
            setProblem(null);
            setOpen(true);
          }),
      ),
    [],
  );

  function finish(confirmed: boolean) {
    setOpen(false);
    settle.current?.(confirmed);
    settle.current = null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setProblem(null);
    try {
      await httpClient(`${apiUrl}/auth/reauthenticate`, { method: 'POST', body: JSON.stringify(usesCode ? { code: secret } : { password: secret }) });
      finish(true);
    } catch (error) {
      setProblem(translateServerMessage(toApiError(error)));
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog open={isOpen} onClose={() => !isPending && finish(false)} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <form onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{translate('guichet.reauth.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(usesCode ? 'guichet.reauth.intro_code' : 'guichet.reauth.intro_password')}</DialogContentText>
          <TextField
            autoFocus
            fullWidth
            required
            name={usesCode ? 'code' : 'password'}
            type={usesCode ? 'text' : 'password'}
            autoComplete={usesCode ? 'one-time-code' : 'current-password'}
            inputMode={usesCode ? 'numeric' : undefined}
            label={translate(usesCode ? 'guichet.reauth.code' : 'guichet.auth.password')}
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
          />
          {problem ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => finish(false)} disabled={isPending}>
            {translate('ra.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={isPending || secret === ''}>
            {translate('guichet.reauth.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
