import { useState } from 'react';
import { Alert, Box, Card, CardContent, Chip, Grid, Link, Stack, Tab, Tabs, Typography } from '@mui/material';
import { Loading, ShowBase, useCanAccess, useShowContext, useTranslate } from 'react-admin';
import { RecordHistory } from '../audit-log/RecordHistory';
import { OpenFlagNotice } from '../flags/OpenFlagNotice';
import { ClaimActions } from './ClaimActions';
import { ClaimDocuments } from './ClaimDocuments';
import type { ClaimDetail } from './claimsApi';
import { letterUrl, retryLetter } from './claimsApi';
import { stateColor } from './ClaimList';
import { useFormatInstant } from '../../common/timeZone';
import { useFormatLocale } from '../../common/formatLocale';
import { formatDay } from '../gdpr-requests/gdprApi';

function Facts({ rows }: { rows: [string, string | null | undefined][] }) {
  const translate = useTranslate();
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-line' }}>
            {value || '—'}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function Letters({ claim, refresh }: { claim: ClaimDetail; refresh: () => void }) {
  const translate = useTranslate();
  if (claim.letters.length === 0) return <Typography variant="body2">{translate('guichet.claims.no_letters')}</Typography>;
  return (
    <Stack spacing={1}>
      {claim.letters.map((letter) => (
        <Stack key={letter.id} direction="row" spacing={1} data-letter-status={letter.status} sx={{ alignItems: 'center' }}>
          <Typography variant="body2">{translate(`guichet.claims.letter_kind.${letter.kind}`)}</Typography>
          <Chip
            size="small"
            color={letter.status === 'failed' ? 'error' : letter.status === 'rendered' ? 'success' : 'default'}
            label={translate(`guichet.claims.letter_status.${letter.status}`)}
          />
          {letter.status === 'rendered' && (
            <Link href={letterUrl(letter.id)} target="_blank" rel="noopener">
              PDF
            </Link>
          )}
          {letter.status === 'failed' && (
            <Link component="button" onClick={() => void retryLetter(letter.id).then(refresh)}>
              {translate('guichet.claims.action.retry')}
            </Link>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function ClaimPage() {
  const { record, isPending, refetch } = useShowContext<ClaimDetail>();
  const translate = useTranslate();
  const formatInstant = useFormatInstant();
  const [tab, setTab] = useState<'review' | 'history'>('review');
  // The history is the audit log's: only roles that may read it get the tab (agents do not).
  const { canAccess: canReadHistory = false } = useCanAccess({ resource: 'audit-log', action: 'list' });
  // Opened from the list, react-admin shows the list's row until the claim itself arrives: a row has
  // no documents or letters, so wait for the detail rather than draw half a page (or fail on it).
  if (isPending || !record || !Array.isArray(record.documents) || !Array.isArray(record.letters)) return <Loading />;
  const claim = record;
  const refresh = () => void refetch();
  const field = (name: string) => `resources.email-claims.fields.${name}`;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {claim.reference}
        </Typography>
        <Chip color={stateColor[claim.state]} label={translate(`guichet.claims.state.${claim.state}`)} data-testid="claim-state" data-state={claim.state} />
        {claim.undecidedTooLong && <Chip color="error" variant="outlined" label={translate('guichet.claims.undecided_too_long', { days: claim.ageDays })} />}
      </Stack>
      {claim.unmatched && <Alert severity="warning">{translate('guichet.claims.unmatched')}</Alert>}
      {claim.state === 'approved' && claim.holdUntil && (
        <Alert severity="info">{translate('guichet.claims.hold', { date: formatInstant(claim.holdUntil) })}</Alert>
      )}
      {claim.fraudNote && <Alert severity="error">{`${translate(field('fraudNote'))}: ${claim.fraudNote}`}</Alert>}
      {claim.account && <OpenFlagNotice customerId={claim.account.id} />}
      <ClaimActions claim={claim} onDone={refresh} />
      {canReadHistory && (
        <Tabs value={tab} onChange={(_event, value: 'review' | 'history') => setTab(value)} sx={{ borderBottom: 1, borderColor: 'divider' }}>
          <Tab value="review" label={translate('guichet.claims.tabs.review')} />
          <Tab value="history" label={translate('guichet.claims.tabs.history')} />
        </Tabs>
      )}
      {canReadHistory && tab === 'history' ? <RecordHistory targetType="email_claim" targetId={claim.id} /> : <ClaimReview claim={claim} refresh={refresh} />}
    </Stack>
  );
}

/** The letter beside the account, the documents with their checklist, the letters sent. */
function ClaimReview({ claim, refresh }: { claim: ClaimDetail; refresh: () => void }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const field = (name: string) => `resources.email-claims.fields.${name}`;
  return (
    <Stack spacing={2}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('guichet.claims.letter_section')}
              </Typography>
              <Facts
                rows={[
                  [field('receivedOn'), formatDay(claim.receivedOn, locale)],
                  [field('postmarkOn'), claim.postmarkOn ? formatDay(claim.postmarkOn, locale) : null],
                  [field('claimedHandle'), claim.claimedHandle],
                  [field('claimedCode'), claim.claimedCode],
                  [field('newPrimaryEmail'), claim.newPrimaryEmail],
                  [field('newBackupEmail'), claim.newBackupEmail],
                  [field('senderName'), claim.senderName],
                  [field('senderAddress'), claim.senderAddress],
                  [field('ticketRef'), claim.ticketRef],
                ]}
              />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('guichet.claims.account_section')}
              </Typography>
              {claim.account ? (
                <Facts
                  rows={[
                    ['guichet.claims.nic_handle', claim.account.nicHandle],
                    ['guichet.claims.account_name', claim.account.name],
                    ['guichet.claims.account_address', claim.account.addressLines.join('\n')],
                    ['resources.customers.fields.primaryEmail', claim.account.primaryEmail],
                    ['resources.customers.fields.backupEmail', claim.account.backupEmail],
                  ]}
                />
              ) : (
                <Typography variant="body2">—</Typography>
              )}
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      <ClaimDocuments claim={claim} onDone={refresh} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('guichet.claims.letters')}
          </Typography>
          <Letters claim={claim} refresh={refresh} />
        </CardContent>
      </Card>
    </Stack>
  );
}

export function ClaimShow() {
  return (
    <ShowBase
      queryOptions={{
        refetchInterval: (query) => ((query.state.data as ClaimDetail | undefined)?.letters?.some((l) => l.status === 'pending') ? 1000 : false),
      }}
    >
      <ClaimPage />
    </ShowBase>
  );
}
