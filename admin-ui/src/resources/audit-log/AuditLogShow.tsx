import { useState } from 'react';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Labeled, Link, Show, SimpleShowLayout, TextField, useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { AuditDetail, ChangeLine } from '../../../../server/modules/audit/audit-view';
import { actionLabel, actorLabel, auditListPath } from './actionLabel';
import { revealAuditEntry } from './auditApi';

const show = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

function ChangesTable({ entry }: { entry: AuditDetail }) {
  const translate = useTranslate();
  const hidden = <em>{translate('guichet.audit.hidden')}</em>;
  const masked = (line: ChangeLine, value: unknown) => (line.isPersonal && !entry.isRevealed ? hidden : show(value));
  const context = [
    ...Object.entries(entry.context),
    ...Object.entries(entry.personalContext).map(([field, value]) => [field, entry.isRevealed ? value : null] as const),
  ];
  return (
    <Box>
      <Typography variant="h6" component="h2" sx={{ mt: 1 }}>
        {translate('guichet.audit.changes')}
      </Typography>
      {entry.changes.length === 0 ? (
        <Typography color="text.secondary">{translate('guichet.audit.no_changes')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('guichet.audit.changes')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('guichet.audit.field')}</TableCell>
              <TableCell>{translate('guichet.audit.before')}</TableCell>
              <TableCell>{translate('guichet.audit.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entry.changes.map((line) => (
              <TableRow key={line.field}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{line.field}</TableCell>
                <TableCell sx={{ color: 'error.main', textDecoration: 'line-through' }}>{masked(line, line.before)}</TableCell>
                <TableCell sx={{ color: 'success.main' }}>{masked(line, line.after)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {context.length > 0 && (
        <>
          <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
            {translate('guichet.audit.context')}
          </Typography>
          <Table size="small">
            <TableBody>
              {context.map(([field, value]) => (
                <TableRow key={field}>
                  <TableCell sx={{ fontFamily: 'monospace', width: '30%' }}>{field}</TableCell>
                  <TableCell>{value === null && !entry.isRevealed && field in entry.personalContext ? hidden : show(value)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Box>
  );
}

function EntryBody() {
  const translate = useTranslate();
  const notify = useNotify();
  const record = useRecordContext<AuditDetail>();
  const [revealed, setRevealed] = useState<AuditDetail | null>(null);
  const { canAccess: canReveal } = useCanAccess({ resource: 'audit-log', action: 'reveal' });
  // A list row put in the cache by the list (react-admin seeds getOne from getList) has no diff yet:
  // wait for the entry itself.
  if (!record || !Array.isArray(record.changes)) return null;
  const entry = revealed && revealed.id === record.id ? revealed : record;
  const hasPersonal = entry.hasPersonal && (entry.changes.some((line) => line.isPersonal) || Object.keys(entry.personalContext).length > 0);

  async function reveal() {
    try {
      setRevealed(await revealAuditEntry(record!.id));
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  }

  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="h5" component="h1">
        {actionLabel(translate, entry.action)} · #{entry.id}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        <Link to={auditListPath({ actorId: entry.actorId })}>{actorLabel(translate, entry)}</Link>
        {' · '}
        <LocaleDateField record={entry} source="at" showTime />
      </Typography>
      <ChangesTable entry={entry} />
      {hasPersonal && (
        <Alert
          severity={entry.isRevealed ? 'warning' : 'info'}
          sx={{ mt: 2 }}
          action={
            !entry.isRevealed &&
            canReveal && (
              <Button color="inherit" size="small" startIcon={<VisibilityIcon />} onClick={() => void reveal()}>
                {translate('guichet.audit.reveal')}
              </Button>
            )
          }
        >
          {translate(entry.isRevealed ? 'guichet.audit.revealed' : 'guichet.audit.personal_hidden')}
        </Alert>
      )}
    </Box>
  );
}

/** One audit entry: who, when, why, and its before/after as a readable diff. */
export function AuditLogShow() {
  return (
    <Show<AuditDetail>>
      <SimpleShowLayout>
        <EntryBody />
        <CustomerLink />
        <TextField source="ticketRef" emptyText="—" />
        <TextField source="reason" emptyText="—" />
        <TextField source="targetType" />
        <TextField source="targetId" emptyText="—" />
        <TextField source="hash" sx={{ fontFamily: 'monospace', fontSize: 12 }} />
        <TextField source="prevHash" sx={{ fontFamily: 'monospace', fontSize: 12 }} />
      </SimpleShowLayout>
    </Show>
  );
}

function CustomerLink() {
  const entry = useRecordContext<AuditDetail>();
  if (!entry?.customerId) return null;
  return (
    <Labeled source="customerHandle">
      <Link to={`/customers/${entry.customerId}/show`}>{entry.customerHandle ?? `#${entry.customerId}`}</Link>
    </Labeled>
  );
}
