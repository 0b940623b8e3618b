import { Box, Button, Chip, Divider, Stack, Typography } from '@mui/material';
import { Link, ListBase, Pagination, useCanAccess, useListContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { AuditListRow } from '../../../../server/modules/audit/audit-view';
import { actionLabel, actorLabel, auditListPath } from './actionLabel';

/**
 * The history of one record (SPEC §4.7): its audit entries as a timeline, newest first, each opening
 * the full entry. Give either a customer (every entry about the account) or a target type and id
 * (`<RecordHistory targetType="email_claim" targetId={claim.id} />`). Shown only to roles that may
 * read the audit log; renders nothing for the others.
 */
export type RecordHistoryProps =
  { customerId: number; targetType?: never; targetId?: never } | { customerId?: never; targetType: string; targetId: string | number };

export function RecordHistory(props: RecordHistoryProps) {
  const { canAccess } = useCanAccess({ resource: 'audit-log', action: 'list' });
  if (!canAccess) return null;
  const filter = props.customerId !== undefined ? { customerId: props.customerId } : { targetType: props.targetType, targetId: String(props.targetId) };
  return (
    <ListBase resource="audit-log" filter={filter} sort={{ field: 'id', order: 'DESC' }} perPage={25} disableSyncWithLocation>
      <Timeline filter={filter} />
    </ListBase>
  );
}

function changedFields(details: unknown): string[] {
  if (typeof details !== 'object' || details === null) return [];
  const { before, after } = details as { before?: Record<string, unknown>; after?: Record<string, unknown> };
  if (!before && !after) return [];
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]));
}

function Timeline({ filter }: { filter: Record<string, unknown> }) {
  const translate = useTranslate();
  const { data, isPending, error, total } = useListContext<AuditListRow>();
  if (isPending) return null;
  if (error) return <Typography color="error">{translate('guichet.load_error', { message: error.message })}</Typography>;
  return (
    <Box data-testid="record-history">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2">
          {translate('guichet.audit.history.title')}
        </Typography>
        <Button component={Link} to={auditListPath(filter)} size="small">
          {translate('guichet.audit.history.open_full')}
        </Button>
      </Stack>
      {data.length === 0 && <Typography color="text.secondary">{translate('guichet.audit.history.empty')}</Typography>}
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, borderLeft: 2, borderColor: 'divider' }}>
        {data.map((entry) => (
          <Box component="li" key={entry.id} sx={{ position: 'relative', pl: 2, pb: 1.5 }}>
            <Box sx={{ position: 'absolute', left: -6, top: 6, width: 10, height: 10, borderRadius: '50%', bgcolor: 'primary.main' }} />
            <Typography variant="caption" color="text.secondary">
              <LocaleDateField record={entry} source="at" showTime /> · #{entry.id}
            </Typography>
            <Typography>
              <Link to={`/audit-log/${entry.id}/show`}>
                <strong>{actionLabel(translate, entry.action)}</strong>
              </Link>{' '}
              {translate('guichet.audit.history.by', { name: actorLabel(translate, entry) })}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', mt: 0.5 }}>
              {entry.ticketRef && <Chip size="small" label={entry.ticketRef} />}
              {changedFields(entry.details).map((field) => (
                <Chip key={field} size="small" variant="outlined" label={field} />
              ))}
              {entry.hasPersonal && <Chip size="small" variant="outlined" color="warning" label={translate('guichet.audit.history.personal')} />}
            </Stack>
            {entry.reason && (
              <Typography variant="body2" sx={{ fontStyle: 'italic', mt: 0.5 }}>
                {entry.reason}
              </Typography>
            )}
          </Box>
        ))}
      </Box>
      {(total ?? 0) > data.length && (
        <>
          <Divider />
          <Pagination rowsPerPageOptions={[25]} />
        </>
      )}
    </Box>
  );
}
