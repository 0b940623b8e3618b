import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Urgency } from '../../../../server/modules/gdpr/gdpr.deadlines';
import type { GdprRequestListRow } from './gdprApi';

/** Overdue and due within 7 days must not be missed: red and orange, filled. */
export const urgencyColor: Record<Urgency, ChipProps['color']> = { overdue: 'error', due_soon: 'warning', on_time: 'default', closed: 'default' };
export const urgencyRowTint: Partial<Record<Urgency, string>> = { overdue: 'rgba(211, 47, 47, 0.10)', due_soon: 'rgba(237, 108, 2, 0.10)' };
export const statusColor: Record<string, ChipProps['color']> = {
  received: 'info',
  awaiting_identity: 'warning',
  in_progress: 'info',
  completed: 'success',
  refused: 'default',
};

export function DaysLeftChip({ request }: { request?: Pick<GdprRequestListRow, 'daysLeft' | 'urgency' | 'isPaused'> }) {
  const record = useRecordContext<GdprRequestListRow>();
  const translate = useTranslate();
  const row = request ?? record;
  if (!row) return null;
  if (row.urgency === 'closed') return <Chip size="small" variant="outlined" label={translate('guichet.gdpr.closed')} />;
  const label =
    row.daysLeft < 0
      ? translate('guichet.gdpr.overdue_by', { smart_count: -row.daysLeft })
      : translate('guichet.gdpr.days_left', { smart_count: row.daysLeft });
  return (
    <>
      <Chip
        size="small"
        color={urgencyColor[row.urgency]}
        label={label}
        data-urgency={row.urgency}
        sx={{ fontWeight: row.urgency === 'on_time' ? 400 : 700 }}
      />
      {row.isPaused && <Chip size="small" variant="outlined" color="warning" label={translate('guichet.gdpr.paused')} sx={{ ml: 0.5 }} />}
    </>
  );
}

export function GdprEnumChip({ enumName, value, color }: { enumName: string; value: string; color?: ChipProps['color'] }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={color ?? 'default'}
      variant={color ? 'filled' : 'outlined'}
      label={translate(`guichet.enums.${enumName}.${value}`, { _: value })}
    />
  );
}

export function RightChip() {
  const record = useRecordContext<GdprRequestListRow>();
  return record ? <GdprEnumChip enumName="gdprRight" value={record.right} /> : null;
}

export function StatusChip() {
  const record = useRecordContext<GdprRequestListRow>();
  return record ? <GdprEnumChip enumName="gdprStatus" value={record.status} color={statusColor[record.status]} /> : null;
}
