import { AppList } from '../../common/AppList';
import { useState } from 'react';
import { Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { DataTable, Link, SelectInput, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ReviewRow } from '../../../../server/modules/audit-review/audit-review.repository';
import { LocaleDateField } from '../../common/LocaleDateField';
import { apiUrl } from '../../providers/dataProvider';
import { httpClient } from '../../providers/httpClient';
import { actionLabel } from '../audit-log/actionLabel';
import { Col } from '../../common/Col';

const statusChoices = [
  { id: 'pending', name: 'guichet.reviews.status.pending' },
  { id: 'reviewed', name: 'guichet.reviews.status.reviewed' },
];
const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn emptyText={false} />];

async function submitReview(id: number, outcome: 'fine' | 'follow_up', note?: string): Promise<void> {
  await httpClient(`${apiUrl}/audit-reviews/${id}/review`, { method: 'POST', body: JSON.stringify(note ? { outcome, note } : { outcome }) });
}

function WaitingFor() {
  const translate = useTranslate();
  const item = useRecordContext<ReviewRow>();
  // Read the clock once when the row mounts, not on every render (render stays pure).
  const [now] = useState(Date.now);
  if (!item) return null;
  const hours = Math.max(0, Math.floor((now - Date.parse(item.at)) / 3_600_000));
  return (
    <>{hours < 48 ? translate('guichet.reviews.hours', { smart_count: hours }) : translate('guichet.reviews.days', { smart_count: Math.floor(hours / 24) })}</>
  );
}

function Reasons() {
  const translate = useTranslate();
  const item = useRecordContext<ReviewRow>();
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {item?.reasons.map((reason) => (
        <Chip
          key={reason}
          size="small"
          color={reason === 'random' ? 'default' : 'warning'}
          label={translate(`guichet.reviews.reasons.${reason}`, { _: reason })}
        />
      ))}
    </Stack>
  );
}

function WhatAndWhere() {
  const translate = useTranslate();
  const item = useRecordContext<ReviewRow>();
  if (!item) return null;
  return (
    <Stack>
      <Link to={`/audit-log/${item.auditId}/show`}>{actionLabel(translate, item.action)}</Link>
      {item.customerId && (
        <Typography variant="body2">
          <Link to={`/customers/${item.customerId}/show/history`}>{item.customerHandle ?? `#${item.customerId}`}</Link>
        </Typography>
      )}
    </Stack>
  );
}

function ReviewActions() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const item = useRecordContext<ReviewRow>();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  if (!item) return null;
  if (item.outcome) {
    return (
      <Stack>
        <Chip size="small" color={item.outcome === 'fine' ? 'success' : 'error'} label={translate(`guichet.reviews.outcome.${item.outcome}`)} />
        {item.note && <Typography variant="body2">{item.note}</Typography>}
      </Stack>
    );
  }
  async function send(outcome: 'fine' | 'follow_up') {
    try {
      await submitReview(item!.id, outcome, outcome === 'follow_up' ? note : undefined);
      notify('guichet.reviews.done', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  }
  return (
    <Stack direction="row" spacing={1} onClick={(event) => event.stopPropagation()}>
      <Button size="small" variant="outlined" color="success" onClick={() => void send('fine')}>
        {translate('guichet.reviews.outcome.fine')}
      </Button>
      <Button size="small" variant="outlined" color="warning" onClick={() => setOpen(true)}>
        {translate('guichet.reviews.outcome.follow_up')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('guichet.reviews.follow_up_title', { action: actionLabel(translate, item.action), who: item.actorName ?? '' })}</DialogTitle>
        <DialogContent>
          <MuiTextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            margin="dense"
            label={translate('guichet.reviews.note')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={note.trim().length < 5} onClick={() => void send('follow_up')}>
            {translate('guichet.reviews.record')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}

const Column = Col<ReviewRow>;

/** The leads' review queue (SPEC §4.7): what is left, oldest first, and how long it has waited. */
export function ReviewQueueList() {
  return (
    <AppList<ReviewRow> filters={filters} filterDefaultValues={{ status: 'pending' }} sort={{ field: 'id', order: 'ASC' }} perPage={25}>
      <DataTable<ReviewRow> bulkActionButtons={false} rowClick={false}>
        {/* The queue's order is the entries' order (id): the time column carries it, oldest first. */}
        <Column source="id" label="resources.audit-reviews.fields.at" sx={{ whiteSpace: 'nowrap' }}>
          <LocaleDateField source="at" showTime />
        </Column>
        <Column label="guichet.reviews.waiting" disableSort>
          <WaitingFor />
        </Column>
        <Column source="actorName" disableSort />
        <Column source="action" disableSort>
          <WhatAndWhere />
        </Column>
        <Column source="reasons" disableSort>
          <Reasons />
        </Column>
        <Column label="guichet.reviews.outcome.title" disableSort>
          <ReviewActions />
        </Column>
      </DataTable>
    </AppList>
  );
}
