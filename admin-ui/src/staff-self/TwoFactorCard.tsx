import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { toApiError, useTranslateServerMessage } from '../common/apiErrors';
import { useFormatInstant } from '../common/timeZone';
import { refreshStaff } from '../providers/authProvider';
import { apiUrl } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import type { TwoFactor } from '../../../server/modules/two-factor/two-factor.service';

type Status = ReturnType<TwoFactor['status']>;
type Enrolment = Awaited<ReturnType<TwoFactor['startEnrolment']>>;

const post = async <T,>(path: string, body: unknown = {}) => (await httpClient(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) })).json as T;
/** The key as apps and people read it: groups of four. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** My account: set up the authenticator app (QR code or key, then a first code); recovery codes shown once. */
export function TwoFactorCard({ onDone }: { onDone: () => void }) {
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const formatInstant = useFormatInstant();
  const { data: status, refetch } = useQuery({ queryKey: ['two-factor'], queryFn: async () => (await httpClient(`${apiUrl}/auth/two-factor`)).json as Status });
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function run(work: () => Promise<void>) {
    setPending(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(translateServerMessage(toApiError(error)));
    } finally {
      setPending(false);
    }
  }

  const start = () => run(async () => setEnrolment(await post<Enrolment>('/auth/two-factor/enrolment')));
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { recoveryCodes: codes } = await post<{ recoveryCodes: string[] }>('/auth/two-factor/enrolment/confirm', { code });
      setRecoveryCodes(codes);
      setEnrolment(null);
      setCode('');
      await refreshStaff();
      await refetch();
    });
  };
  const replaceCodes = () => run(async () => setRecoveryCodes((await post<{ recoveryCodes: string[] }>('/auth/two-factor/recovery-codes')).recoveryCodes));
  const saved = () => {
    setRecoveryCodes(null);
    onDone();
  };

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('guichet.two_factor.title')}
        </Typography>
        <Stack spacing={2}>
          {problem ? <Alert severity="error">{problem}</Alert> : null}
          {recoveryCodes ? (
            <>
              <Alert severity="warning">
                <strong>{translate('guichet.two_factor.recovery_title')}</strong> — {translate('guichet.two_factor.recovery_intro')}
              </Alert>
              <Box
                component="ul"
                aria-label={translate('guichet.two_factor.recovery_title')}
                sx={{ fontFamily: 'monospace', fontSize: '1.1rem', columns: 2, listStyle: 'none', p: 0, m: 0 }}
              >
                {recoveryCodes.map((recovery) => (
                  <li key={recovery}>{recovery}</li>
                ))}
              </Box>
              <Box>
                <Button variant="contained" onClick={saved}>
                  {translate('guichet.two_factor.saved')}
                </Button>
              </Box>
            </>
          ) : status?.enrolled ? (
            <>
              <Alert severity="success">
                {translate('guichet.two_factor.on', { when: status.enrolledAt ? formatInstant(status.enrolledAt) : '—', count: status.recoveryCodesLeft })}
              </Alert>
              <Box>
                <Button onClick={() => void replaceCodes()} disabled={isPending}>
                  {translate('guichet.two_factor.new_codes')}
                </Button>
              </Box>
            </>
          ) : enrolment ? (
            <Box component="form" onSubmit={confirm}>
              <Stack spacing={2} sx={{ maxWidth: 420 }}>
                <Typography>{translate('guichet.two_factor.scan')}</Typography>
                <img src={enrolment.qrCode} alt={translate('guichet.two_factor.qr_alt')} width={220} height={220} />
                <Typography>{translate('guichet.two_factor.or_type')}</Typography>
                <Typography component="code" data-testid="totp-key" sx={{ fontFamily: 'monospace', fontSize: '1.1rem', letterSpacing: 1 }}>
                  {grouped(enrolment.secret)}
                </Typography>
                <Typography>{translate('guichet.two_factor.enter_code')}</Typography>
                <TextField
                  name="code"
                  label={translate('guichet.auth.code')}
                  autoComplete="one-time-code"
                  slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7 } }}
                  value={code}
                  onChange={(event) => setCode(event.target.value)}
                />
                <Box>
                  <Button type="submit" variant="contained" disabled={isPending || code.trim().length < 6}>
                    {translate('guichet.two_factor.confirm')}
                  </Button>
                </Box>
              </Stack>
            </Box>
          ) : (
            <>
              <Typography color="text.secondary">{translate('guichet.two_factor.off')}</Typography>
              <Box>
                <Button variant="contained" onClick={() => void start()} disabled={isPending || !status}>
                  {translate('guichet.two_factor.set_up')}
                </Button>
              </Box>
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
