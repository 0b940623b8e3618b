import { Alert, Button } from '@mui/material';
import { Link, useGetList, useTranslate } from 'react-admin';
import type { FlagRow } from '../../../../server/modules/flags/flags.repository';

/**
 * The account's most severe open flag, linked (SPEC §4.6: the claim, request and flag pages link to
 * each other). A high one locks the sensitive actions; a lower one is shown as a warning. Nothing
 * when the account has no open flag.
 */
export function OpenFlagNotice({ customerId }: { customerId: number }) {
  const translate = useTranslate();
  const { data = [], total = 0 } = useGetList<FlagRow>('flags', {
    filter: { customerId, isActive: true },
    sort: { field: 'severity', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  const flag = data[0];
  if (!flag) return null;
  const severity = translate(`guichet.enums.flagSeverity.${flag.severity}`);
  return (
    <Alert
      severity={flag.severity === 'high' ? 'error' : 'warning'}
      data-testid="open-flag-notice"
      action={
        <Button component={Link} to={`/flags/${flag.id}/show`} color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }}>
          {translate('guichet.flags.see_flag')}
        </Button>
      }
    >
      {flag.severity === 'high'
        ? translate('guichet.flags.open_high_banner', { id: flag.id })
        : translate('guichet.flags.open_banner', { id: flag.id, severity: severity.toLowerCase() })}
      {total > 1 && ` ${translate('guichet.flags.more_open', { smart_count: total - 1 })}`}
    </Alert>
  );
}
