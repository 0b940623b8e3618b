import { Button, Stack } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import PhonelinkEraseIcon from '@mui/icons-material/PhonelinkErase';
import { useRecordContext, useTranslate } from 'react-admin';
import type { StaffMember } from '../../../../server/modules/staff/staff.repository';
import { IssuedLinkDialog } from './IssuedLinkDialog';
import { useStaffAction } from './useStaffAction';

/** Reset link, second-factor reset and unlock: the admin never sets or sees a password. */
export function StaffActions() {
  const member = useRecordContext<StaffMember>();
  const translate = useTranslate();
  const { run, isPending, shown, dismiss } = useStaffAction();
  if (!member) return null;
  const isWaiting = member.lockedUntil !== null && new Date(member.lockedUntil) > new Date();
  return (
    <Stack direction="row" spacing={1} sx={{ px: 2, pt: 2, flexWrap: 'wrap' }} useFlexGap>
      <Button variant="outlined" startIcon={<KeyIcon />} disabled={isPending} onClick={() => run(member.id, 'reset-password')}>
        {translate('guichet.staff.actions.reset_password')}
      </Button>
      {member.twoFactorEnabled ? (
        <Button variant="outlined" startIcon={<PhonelinkEraseIcon />} disabled={isPending} onClick={() => run(member.id, 'reset-two-factor')}>
          {translate('guichet.staff.actions.reset_two_factor')}
        </Button>
      ) : null}
      {isWaiting || member.failedLogins > 0 ? (
        <Button variant="outlined" startIcon={<LockOpenIcon />} disabled={isPending} onClick={() => run(member.id, 'unlock')}>
          {translate('guichet.staff.actions.unlock')}
        </Button>
      ) : null}
      {shown?.issuedLink ? <IssuedLinkDialog link={shown.issuedLink} person={shown} onClose={dismiss} /> : null}
    </Stack>
  );
}
