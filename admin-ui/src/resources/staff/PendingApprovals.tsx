import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { StaffMember } from '../../../../server/modules/staff/staff.repository';

/** What waits for a lead or compliance officer on this account, and an invitation not used yet. */
export function PendingApprovals() {
  const member = useRecordContext<StaffMember>();
  const translate = useTranslate();
  if (!member) return null;
  const kinds = member.pendingApprovals?.split(',') ?? [];
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {kinds.map((kind) => (
        <Chip key={kind} size="small" color="warning" label={translate(`guichet.staff.pending.${kind}`)} />
      ))}
      {member.hasPassword ? null : <Chip size="small" variant="outlined" label={translate('guichet.staff.no_password_yet')} />}
    </Stack>
  );
}
