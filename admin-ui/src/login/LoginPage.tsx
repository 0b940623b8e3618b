import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { LocalesMenuButton, useCheckAuth, useLocation, useLogin, useNavigate, useTranslate } from 'react-admin';
import { toApiError, useTranslateServerMessage } from '../common/apiErrors';
import type { Credentials, LoginParams } from '../providers/authProvider';

/** Staff sign-in (SPEC §4.8): e-mail + password; the server's refusal is shown as it says it. */
export function LoginPage() {
  const [credentials, setCredentials] = useState<Credentials>({ email: '', password: '' });
  const [error, setError] = useState<string | null>(null);
  // Set once the server said the password is right and asks for the authenticator code.
  const [needsCode, setNeedsCode] = useState(false);
  const [code, setCode] = useState('');
  const [isSubmitting, setSubmitting] = useState(false);
  const login = useLogin();
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const nextPath = useNextPath();
  useRedirectWhenSignedIn();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const params: LoginParams = { ...credentials, ...(needsCode ? { code } : {}), nextPath };
      await login(params);
    } catch (failure) {
      // 401 wrong credentials, 429 too many attempts: translated by code, the server's words otherwise.
      const problem = toApiError(failure);
      if (problem.code === 'auth.code_required') {
        setNeedsCode(true);
        setSubmitting(false);
        return;
      }
      setCode('');
      setError(problem.message ? translateServerMessage(problem) : translate('guichet.auth.failed'));
      setSubmitting(false);
    }
  }

  const update = (field: keyof Credentials) => (event: { target: { value: string } }) =>
    setCredentials((previous) => ({ ...previous, [field]: event.target.value }));

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'grey.100',
        p: 2,
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 380 }} elevation={3}>
        <CardContent>
          <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
            <Box>
              <Typography variant="h4" component="h1" sx={{ fontWeight: 600 }}>
                {translate('guichet.appName')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate('guichet.tagline')}
              </Typography>
            </Box>
            <LocalesMenuButton />
          </Stack>
          <Box component="form" onSubmit={(event) => void submit(event)} noValidate sx={{ mt: 3 }}>
            <Stack spacing={2}>
              {error && (
                <Alert severity="error" role="alert">
                  {error}
                </Alert>
              )}
              <TextField
                label={translate('guichet.auth.email')}
                type="email"
                name="email"
                autoComplete="username"
                autoFocus
                required
                fullWidth
                value={credentials.email}
                onChange={update('email')}
                disabled={needsCode}
              />
              <TextField
                label={translate('guichet.auth.password')}
                type="password"
                name="password"
                autoComplete="current-password"
                required
                fullWidth
                value={credentials.password}
                onChange={update('password')}
                disabled={needsCode}
              />
              {needsCode ? (
                <>
                  <Alert severity="info">{translate('guichet.auth.code_intro')}</Alert>
                  <TextField
                    label={translate('guichet.auth.code')}
                    name="code"
                    autoComplete="one-time-code"
                    autoFocus
                    required
                    fullWidth
                    value={code}
                    onChange={(event) => setCode(event.target.value)}
                  />
                </>
              ) : null}
              <Button
                type="submit"
                variant="contained"
                size="large"
                disabled={isSubmitting || !credentials.email || !credentials.password || (needsCode && code.trim().length < 6)}
                startIcon={isSubmitting ? <CircularProgress size={18} color="inherit" /> : undefined}
              >
                {translate(isSubmitting ? 'guichet.auth.signing_in' : 'guichet.auth.sign_in')}
              </Button>
              {needsCode ? (
                <Button
                  onClick={() => {
                    setNeedsCode(false);
                    setCode('');
                    setError(null);
                    setCredentials({ email: '', password: '' });
                  }}
                >
                  {translate('guichet.auth.start_over')}
                </Button>
              ) : null}
            </Stack>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}

/** The page react-admin sent us here from (session expired, sign-out), with its query string. */
function useNextPath(): string | undefined {
  const state: unknown = useLocation().state;
  if (!isNextLocation(state) || !state.nextPathname) return undefined;
  return state.nextPathname + (state.nextSearch ?? '');
}

function isNextLocation(state: unknown): state is { nextPathname?: string; nextSearch?: string } {
  return typeof state === 'object' && state !== null && 'nextPathname' in state;
}

/** Someone already signed in who opens /login goes straight to the console. */
function useRedirectWhenSignedIn() {
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  useEffect(() => {
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);
}
