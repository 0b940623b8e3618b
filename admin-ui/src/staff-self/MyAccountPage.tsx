import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, CardContent, Chip, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, useNavigate, useNotify, useTranslate } from 'react-admin';
import { currentStaff } from '../providers/authProvider';
import { TwoFactorCard } from './TwoFactorCard';
import { toApiError, useTranslateServerMessage } from '../common/apiErrors';
import { apiUrl } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';
import type { OwnSessionView as Session } from '../../../server/modules/staff-self/staff-self.service';
import { deviceLabel } from '../common/deviceLabel';
import { useFormatInstant } from '../common/timeZone';

function ChangePassword() {
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const notify = useNotify();
  const [fields, setFields] = useState({ currentPassword: '', newPassword: '' });
  const [problem, setProblem] = useState<{ message: string; errors?: Record<string, string> } | null>(null);
  const [isPending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setProblem(null);
    try {
      await httpClient(`${apiUrl}/auth/password`, { method: 'POST', body: JSON.stringify(fields) });
      setFields({ currentPassword: '', newPassword: '' });
      notify('guichet.my_account.password_changed', { type: 'info' });
    } catch (error) {
      const apiError = toApiError(error);
      setProblem({ message: translateServerMessage(apiError), errors: apiError.errors });
    } finally {
      setPending(false);
    }
  }

  return (
    <Card>
      <CardContent component="form" onSubmit={(event) => void submit(event)}>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('guichet.my_account.change_password')}
        </Typography>
        <Stack spacing={2} sx={{ maxWidth: 400 }}>
          {problem ? <Alert severity="error">{problem.message}</Alert> : null}
          <TextField
            type="password"
            autoComplete="current-password"
            label={translate('guichet.my_account.current_password')}
            value={fields.currentPassword}
            onChange={(event) => setFields({ ...fields, currentPassword: event.target.value })}
            error={Boolean(problem?.errors?.currentPassword)}
            helperText={problem?.errors?.currentPassword}
          />
          <TextField
            type="password"
            autoComplete="new-password"
            label={translate('guichet.my_account.new_password')}
            value={fields.newPassword}
            onChange={(event) => setFields({ ...fields, newPassword: event.target.value })}
            error={Boolean(problem?.errors?.newPassword)}
            helperText={problem?.errors?.newPassword ?? translate('guichet.set_password.intro')}
          />
          <Button type="submit" variant="contained" disabled={isPending || !fields.currentPassword || !fields.newPassword}>
            {translate('guichet.my_account.change_password')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}

function MySessions() {
  const translate = useTranslate();
  const formatInstant = useFormatInstant();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data: sessions = [] } = useQuery({
    queryKey: ['my-sessions'],
    queryFn: async () => (await httpClient(`${apiUrl}/auth/sessions`)).json as Session[],
  });
  async function end(id: string) {
    await httpClient(`${apiUrl}/auth/sessions/${id}/end`, { method: 'POST' });
    notify('guichet.my_account.session_ended', { type: 'info' });
    await queryClient.invalidateQueries({ queryKey: ['my-sessions'] });
  }
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('guichet.my_account.sessions')}
        </Typography>
        <List>
          {sessions.map((session) => (
            <ListItem
              key={session.id}
              secondaryAction={
                session.isCurrent ? (
                  <Chip size="small" color="primary" label={translate('guichet.my_account.this_session')} />
                ) : (
                  <Button size="small" color="error" onClick={() => void end(session.id)}>
                    {translate('guichet.my_account.end_session')}
                  </Button>
                )
              }
            >
              <ListItemText
                primary={translate('guichet.my_account.session_device', {
                  device: session.device ? deviceLabel(translate, session.device) : translate('guichet.my_account.unknown_device'),
                  address: session.clientAddress ?? translate('guichet.my_account.unknown_address'),
                })}
                secondary={`${translate('guichet.my_account.signed_in_at', { when: formatInstant(session.createdAt) })} · ${translate('guichet.my_account.last_seen', { when: formatInstant(session.lastSeenAt) })}`}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}

/** The user menu's "My account": change the own password (current one required) and see/end sessions. */
export function MyAccountPage() {
  const translate = useTranslate();
  const navigate = useNavigate();
  // Read at each render: setting up 2FA refreshes it, and the next render shows the whole page.
  const mustEnrol = currentStaff()?.mustEnrolTwoFactor === true;
  const [, rerender] = useState(0);
  const done = () => (mustEnrol ? navigate('/') : rerender((n) => n + 1));
  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={translate('guichet.my_account.title')} />
      {mustEnrol ? <Alert severity="info">{translate('guichet.two_factor.required')}</Alert> : null}
      <TwoFactorCard onDone={done} />
      {mustEnrol ? null : (
        <>
          <ChangePassword />
          <MySessions />
        </>
      )}
    </Stack>
  );
}
