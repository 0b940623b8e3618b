import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { LocalesMenuButton, useDataProvider, useNavigate, useParams, useTranslate } from 'react-admin';
import { toApiError, useTranslateServerMessage } from '../common/apiErrors';
import type { GuichetDataProvider } from '../providers/dataProvider';

/** Public page behind an invitation or reset link: the person chooses their own password. */
export function SetPasswordPage() {
  const { token = '' } = useParams<{ token: string }>();
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const dataProvider = useDataProvider<GuichetDataProvider>();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<{ message: string; errors?: Record<string, string> } | null>(null);
  const [isDone, setDone] = useState(false);
  const [isPending, setPending] = useState(false);
  const mismatch = confirmation !== '' && confirmation !== password;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (mismatch) return;
    setPending(true);
    setProblem(null);
    try {
      await dataProvider.setPasswordWithLink(token, password);
      setDone(true);
    } catch (error) {
      const apiError = toApiError(error);
      setProblem({ message: translateServerMessage(apiError), errors: apiError.errors });
    } finally {
      setPending(false);
    }
  }

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Card sx={{ width: '100%', maxWidth: 420 }} elevation={3}>
        <CardContent>
          <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
            <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
              {translate('guichet.set_password.title')}
            </Typography>
            <LocalesMenuButton />
          </Stack>
          {isDone ? (
            <Stack spacing={2} sx={{ mt: 2 }}>
              <Alert severity="success">{translate('guichet.set_password.done')}</Alert>
              <Button variant="contained" onClick={() => navigate('/login')}>
                {translate('guichet.set_password.sign_in')}
              </Button>
            </Stack>
          ) : (
            <Box component="form" onSubmit={(event) => void submit(event)} noValidate sx={{ mt: 2 }}>
              <Stack spacing={2}>
                <Typography variant="body2" color="text.secondary">
                  {translate('guichet.set_password.intro')}
                </Typography>
                {problem ? <Alert severity="error">{problem.message}</Alert> : null}
                <TextField
                  label={translate('guichet.set_password.password')}
                  type="password"
                  name="new-password"
                  autoComplete="new-password"
                  required
                  autoFocus
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                  error={Boolean(problem?.errors?.password)}
                  helperText={problem?.errors?.password}
                />
                <TextField
                  label={translate('guichet.set_password.confirm')}
                  type="password"
                  name="confirm-password"
                  autoComplete="new-password"
                  required
                  value={confirmation}
                  onChange={(event) => setConfirmation(event.target.value)}
                  error={mismatch}
                  helperText={mismatch ? translate('guichet.set_password.mismatch') : undefined}
                />
                <Button type="submit" variant="contained" disabled={isPending || password === '' || confirmation !== password}>
                  {translate('guichet.set_password.submit')}
                </Button>
              </Stack>
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
