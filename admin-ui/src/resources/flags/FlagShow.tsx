import { Box, Chip, Stack, Typography } from '@mui/material';
import { ArrayField, DataTable, Labeled, Link, Show, TabbedShowLayout, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { RecordHistory } from '../audit-log/RecordHistory';
import { deviceLabel } from '../../common/deviceLabel';
import { EnumChip } from '../../common/EnumChip';
import { LocaleDateField } from '../../common/LocaleDateField';
import { useFormatLocale } from '../../common/formatLocale';
import { formatInstant, useTimeZone } from '../../common/timeZone';
import type { FlagDetail } from '../../../../server/modules/flags/flags.service';
import { FlagActions } from './FlagActions';
import { severityColors, statusColors } from './flagColors';

type Evidence = FlagDetail['evidence'][number];
type Note = FlagDetail['notes'][number];

function FlagTitle() {
  const flag = useRecordContext<FlagDetail>();
  const translate = useTranslate();
  return <>{flag ? `${translate('guichet.flags.title', { id: flag.id })} — ${flag.nicHandle}` : ''}</>;
}

function FlagHeader() {
  const flag = useRecordContext<FlagDetail>();
  const translate = useTranslate();
  if (!flag) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="h5" component="h1">
        {translate('guichet.flags.title', { id: flag.id })}
      </Typography>
      <EnumChip source="severity" enumName="flagSeverity" colors={severityColors} />
      <EnumChip source="status" enumName="flagStatus" colors={statusColors} />
      {flag.resolution && <EnumChip source="resolution" enumName="flagResolution" />}
      <Link to={`/customers/${flag.customerId}/show`} sx={{ fontFamily: 'monospace' }}>
        {flag.nicHandle}
      </Link>
    </Stack>
  );
}

/**
 * What the rule saw, worded in the reader's language from the rule's figures; a flag raised by
 * hand (or one raised before the figures were stored) shows its stored text.
 */
function FlagSummary() {
  const flag = useRecordContext<FlagDetail>();
  const translate = useTranslate();
  if (!flag) return null;
  const params = flag.summaryParams;
  const text =
    params && flag.rule !== 'manual'
      ? translate(`guichet.flags.summary.${flag.rule}`, {
          ...params,
          cause: typeof params.cause === 'string' ? translate(`guichet.flags.summary.cause.${params.cause}`) : undefined,
          speed: params.kmh === -1 ? translate('guichet.flags.summary.same_instant') : `${params.kmh} km/h`,
          _: flag.summary,
        })
      : flag.summary;
  return (
    <Labeled source="summary">
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{text}</Typography>
    </Labeled>
  );
}

function NotesList() {
  const flag = useRecordContext<FlagDetail>();
  const translate = useTranslate();
  const locale = useFormatLocale();
  const [timeZone] = useTimeZone();
  // The list's row (no notes yet) is shown while the full flag loads.
  const notes: Note[] = flag?.notes ?? [];
  if (!flag) return null;
  if (notes.length === 0) return <Typography color="text.secondary">{translate('guichet.flags.no_notes')}</Typography>;
  return (
    <Stack spacing={1}>
      {notes.map((note) => (
        <Box key={note.id} sx={{ borderLeft: 3, borderColor: 'divider', pl: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {note.staffName} · {formatInstant(note.at, { locale, timeZone })}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{note.text}</Typography>
        </Box>
      ))}
    </Stack>
  );
}

const EvidenceColumn = DataTable.Col<Evidence>;

/** One flag: what the rule saw, its evidence (login events), notes, and the lead's actions. */
export function FlagShow() {
  const translate = useTranslate();
  // The history is the audit log's: only roles that may read it get the tab (agents do not).
  const { canAccess: canReadHistory = false } = useCanAccess({ resource: 'audit-log', action: 'list' });
  return (
    <Show<FlagDetail> title={<FlagTitle />}>
      <Box sx={{ px: 2, pt: 2 }}>
        <FlagHeader />
        <FlagActions />
      </Box>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="guichet.flags.case">
          <EnumChip source="rule" enumName="flagRule" />
          <FlagSummary />
          <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }}>
            <Labeled source="raisedAt">
              <LocaleDateField source="raisedAt" showTime />
            </Labeled>
            <Labeled source="raisedByName">
              <TextField source="raisedByName" emptyText={translate('guichet.flags.automatic')} />
            </Labeled>
            <Labeled source="assigneeName">
              <TextField source="assigneeName" emptyText={translate('guichet.flags.unassigned')} />
            </Labeled>
            <Labeled source="ticketRef">
              <TextField source="ticketRef" emptyText="—" />
            </Labeled>
          </Stack>
          <Labeled label="guichet.flags.evidence" fullWidth>
            <ArrayField source="evidence">
              <DataTable<Evidence>
                bulkActionButtons={false}
                rowClick={false}
                empty={<Typography color="text.secondary">{translate('guichet.flags.no_evidence')}</Typography>}
              >
                <EvidenceColumn source="occurredAt" label="resources.login-events.fields.occurredAt">
                  <LocaleDateField source="occurredAt" showTime />
                </EvidenceColumn>
                <EvidenceColumn source="result" label="resources.login-events.fields.result">
                  <EnumChip source="result" enumName="loginResult" colors={{ wrong_password: 'error', twofa_failed: 'error' }} />
                </EvidenceColumn>
                <EvidenceColumn source="country" label="resources.login-events.fields.country" />
                <EvidenceColumn source="ip" label="resources.login-events.fields.ip" />
                <EvidenceColumn source="device" label="resources.login-events.fields.device">
                  <DeviceLabel />
                </EvidenceColumn>
              </DataTable>
            </ArrayField>
          </Labeled>
          <Labeled label="guichet.flags.notes" fullWidth>
            <NotesList />
          </Labeled>
        </TabbedShowLayout.Tab>
        {canReadHistory && (
          <TabbedShowLayout.Tab label="guichet.flags.history" path="history">
            <FlagHistory />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
}

/** Every audited step of the flag: raised, triaged, notes, resolved (leads and compliance only). */
function FlagHistory() {
  const flag = useRecordContext<FlagDetail>();
  if (!flag) return null;
  return <RecordHistory targetType="flag" targetId={flag.id} />;
}

function DeviceLabel() {
  const event = useRecordContext<Evidence>();
  const translate = useTranslate();
  if (!event) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <span>{deviceLabel(translate, event.device)}</span>
      {event.isNewDevice && <Chip size="small" color="warning" label={translate('guichet.customer.new_device')} />}
    </Stack>
  );
}
