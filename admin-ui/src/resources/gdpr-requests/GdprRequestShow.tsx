import { useState, type ReactNode } from 'react';
import { Alert, Box, Card, CardContent, Grid, Link as MuiLink, Stack, Tab, Tabs, Typography } from '@mui/material';
import { Link, Loading, ShowBase, useCanAccess, useGetList, useShowContext, useTranslate } from 'react-admin';
import type { FlagRow } from '../../../../server/modules/flags/flags.repository';
import { RecordHistory } from '../audit-log/RecordHistory';
import { useFormatLocale } from '../../common/formatLocale';
import { useFormatInstant } from '../../common/timeZone';
import { DaysLeftChip, GdprEnumChip, statusColor } from './DaysLeft';
import { GdprActions } from './GdprActions';
import { formatDay, gdprApi, type GdprRequestView } from './gdprApi';

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const translate = useTranslate();
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-line' }}>
            {value === null || value === undefined || value === '' ? '—' : value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** The alerts a compliance officer must not miss: the clock, the pause, an open flag, the account's state. */
function RequestAlerts({ request }: { request: GdprRequestView }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const { data: flags = [] } = useGetList<FlagRow>(
    'flags',
    { filter: { customerId: request.customerId ?? 0, isActive: true }, pagination: { page: 1, perPage: 5 }, sort: { field: 'severity', order: 'DESC' } },
    { enabled: request.customerId !== null },
  );
  const due = formatDay(request.effectiveDueOn, locale);
  return (
    <Stack spacing={1}>
      {request.urgency === 'overdue' && (
        <Alert severity="error" variant="filled" data-testid="gdpr-overdue">
          {translate('guichet.gdpr.overdue_alert', { date: due })}
        </Alert>
      )}
      {request.urgency === 'due_soon' && (
        <Alert severity="warning" variant="filled" data-testid="gdpr-due-soon">
          {translate('guichet.gdpr.due_soon_alert', { date: due, smart_count: request.daysLeft })}
        </Alert>
      )}
      {request.isPaused && request.pausedSince && (
        <Alert severity="warning" data-testid="gdpr-paused">
          {translate('guichet.gdpr.paused_alert', { date: formatDay(request.pausedSince, locale), days: request.pausedDays })}
        </Alert>
      )}
      {flags.map((flag) => (
        <Alert
          key={flag.id}
          severity="error"
          data-testid="gdpr-open-flag"
          action={
            <MuiLink component={Link} to={`/flags/${flag.id}/show`}>
              {translate('guichet.gdpr.open_flag_link')}
            </MuiLink>
          }
        >
          {translate('guichet.gdpr.open_flag', { id: flag.id, severity: translate(`guichet.enums.flagSeverity.${flag.severity}`) })}
        </Alert>
      ))}
      {request.customer?.processingRestricted && request.customer.state !== 'erased' && (
        <Alert severity="warning">{translate('guichet.gdpr.restricted')}</Alert>
      )}
      {request.customer?.state === 'erased' && <Alert severity="info">{translate('guichet.gdpr.erased')}</Alert>}
      {request.customerId === null && <Alert severity="warning">{translate('guichet.gdpr.unmatched')}</Alert>}
    </Stack>
  );
}

function Files({ request }: { request: GdprRequestView }) {
  const translate = useTranslate();
  const formatInstant = useFormatInstant();
  const { canAccess } = useCanAccess({ resource: 'gdpr-requests', action: 'decide' });
  if (request.files.length === 0) return <Typography variant="body2">{translate('guichet.gdpr.no_files')}</Typography>;
  return (
    <Stack spacing={1}>
      {request.files.map((file) => (
        <Stack key={file.id} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-file-kind={file.kind}>
          <GdprEnumChip enumName="gdprFileKind" value={file.kind} />
          <Typography variant="body2" color="text.secondary">
            {formatInstant(file.createdAt)} · {Math.ceil(file.sizeBytes / 1024)} kB
          </Typography>
          {canAccess && (
            <MuiLink href={gdprApi.fileUrl(request.id, file.id)} download>
              {translate('guichet.gdpr.download')}
            </MuiLink>
          )}
        </Stack>
      ))}
      {!canAccess && <Typography variant="caption">{translate('guichet.gdpr.files_compliance_only')}</Typography>}
    </Stack>
  );
}

function Identity({ request }: { request: GdprRequestView }) {
  const translate = useTranslate();
  const formatInstant = useFormatInstant();
  const methods = request.identityMethods.map((method) => translate(`guichet.enums.gdprIdentityMethod.${method}`)).join(' · ');
  return (
    <Stack spacing={1} data-testid="gdpr-identity">
      {request.identityVerifiedAt ? (
        <Alert severity="success">
          {translate('guichet.gdpr.identity_verified', {
            date: formatInstant(request.identityVerifiedAt),
            method: translate(`guichet.enums.gdprIdentityMethod.${request.identityMethod ?? ''}`, { _: request.identityMethod ?? '' }),
          })}
        </Alert>
      ) : (
        <Alert severity={request.status === 'awaiting_identity' ? 'warning' : 'info'}>
          {translate(request.status === 'awaiting_identity' ? 'guichet.gdpr.identity_awaiting' : 'guichet.gdpr.identity_pending')}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary">
        {translate('guichet.gdpr.identity_methods', { methods })}
      </Typography>
    </Stack>
  );
}

function RequestPage() {
  const formatInstant = useFormatInstant();
  const { record, isPending, refetch } = useShowContext<GdprRequestView>();
  const translate = useTranslate();
  const locale = useFormatLocale();
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'audit-log', action: 'list' });
  const [tab, setTab] = useState<'details' | 'history'>('details');
  // A row opened from the list is shown from the list's cache first: it has no files yet; wait for the full request.
  const files: GdprRequestView['files'] | undefined = (record as Partial<GdprRequestView> | undefined)?.files;
  if (isPending || !record || !files) return <Loading />;
  const request = record;
  const field = (name: string) => `resources.gdpr-requests.fields.${name}`;
  const erasure = request.erasureResult
    ? (JSON.parse(request.erasureResult) as { executedAt: string; retainedUntil: string | null; keyDestroyedAt?: string })
    : null;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {request.reference}
        </Typography>
        <GdprEnumChip enumName="gdprRight" value={request.right} />
        <span data-testid="gdpr-status" data-status={request.status}>
          <GdprEnumChip enumName="gdprStatus" value={request.status} color={statusColor[request.status]} />
        </span>
        <DaysLeftChip request={request} />
      </Stack>
      <RequestAlerts request={request} />
      <GdprActions request={request} onDone={() => void refetch()} />
      <Tabs value={tab} onChange={(_, value: 'details' | 'history') => setTab(value)}>
        <Tab value="details" label={translate('guichet.gdpr.details_tab')} />
        {canReadAudit && <Tab value="history" label={translate('guichet.gdpr.history')} />}
      </Tabs>
      {tab === 'history' && canReadAudit ? (
        <RecordHistory targetType="gdpr_request" targetId={request.id} />
      ) : (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title="guichet.gdpr.request_section">
              <Facts
                rows={[
                  [field('right'), translate(`guichet.enums.gdprRight.${request.right}`)],
                  [field('channel'), translate(`guichet.enums.gdprChannel.${request.channel}`)],
                  [field('receivedOn'), formatDay(request.receivedOn, locale)],
                  [field('requesterName'), request.requesterName],
                  [field('requesterEmail'), request.requesterEmail],
                  [field('requesterAddress'), request.requesterAddress],
                  [field('language'), translate(`guichet.gdpr.languages.${request.language}`, { _: request.language })],
                  [field('details'), request.details],
                  [field('ticketRef'), request.ticketRef],
                ]}
              />
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title="guichet.gdpr.clock_section">
              <Facts
                rows={[
                  [field('dueOn'), formatDay(request.dueOn, locale)],
                  [field('extendedDueOn'), formatDay(request.extendedDueOn, locale)],
                  [field('effectiveDueOn'), <strong key="due">{formatDay(request.effectiveDueOn, locale)}</strong>],
                  [field('daysLeft'), <DaysLeftChip key="days" request={request} />],
                  [field('pausedDays'), request.pausedDays > 0 ? translate('guichet.gdpr.paused_days', { days: request.pausedDays }) : '0'],
                  [
                    field('extensionMonths'),
                    request.extensionMonths > 0
                      ? translate('guichet.gdpr.extended', {
                          months: request.extensionMonths,
                          date: request.extendedAt ? formatInstant(request.extendedAt, false) : '',
                          reason: request.extensionReason ?? '',
                        })
                      : translate('guichet.gdpr.not_extended'),
                  ],
                ]}
              />
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title="guichet.gdpr.identity_section">
              <Identity request={request} />
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title="guichet.gdpr.account_section">
              {request.customer && request.customerId !== null ? (
                <Stack spacing={1}>
                  <Typography sx={{ fontFamily: 'monospace' }}>{request.customer.nicHandle}</Typography>
                  <Typography>{request.customer.displayName}</Typography>
                  <MuiLink component={Link} to={`/customers/${request.customerId}/show`}>
                    {translate('guichet.gdpr.open_account')}
                  </MuiLink>
                </Stack>
              ) : (
                <Typography>{translate('guichet.gdpr.unmatched')}</Typography>
              )}
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Section title="guichet.gdpr.files_section">
              <Files request={request} />
            </Section>
          </Grid>
          {(request.outcome || erasure) && (
            <Grid size={{ xs: 12, md: 6 }}>
              <Section title="guichet.gdpr.outcome_section">
                {request.outcome && <Typography sx={{ whiteSpace: 'pre-line' }}>{request.outcome}</Typography>}
                {erasure && (
                  <Typography data-testid="gdpr-erasure-result">
                    {!erasure.keyDestroyedAt
                      ? translate('guichet.gdpr.erasure_pending')
                      : erasure.retainedUntil
                        ? translate('guichet.gdpr.erasure_result', {
                            date: formatInstant(erasure.executedAt),
                            until: formatDay(erasure.retainedUntil, locale),
                          })
                        : translate('guichet.gdpr.erasure_result_no_invoice', { date: formatInstant(erasure.executedAt) })}
                  </Typography>
                )}
              </Section>
            </Grid>
          )}
        </Grid>
      )}
    </Stack>
  );
}

export function GdprRequestShow() {
  return (
    <ShowBase
      // An executed erasure finishes in the background (confirmation sent, key destroyed): follow it.
      queryOptions={{
        refetchInterval: (query) => {
          const data = query.state.data as GdprRequestView | undefined;
          return data?.erasureResult && data.status === 'in_progress' ? 1000 : false;
        },
      }}
    >
      <RequestPage />
    </ShowBase>
  );
}
