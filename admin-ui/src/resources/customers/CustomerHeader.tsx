import { Alert, Box, Button, Chip, Stack, Typography, type AlertColor } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { enumLabelKey } from '../../common/enums';
import type { CustomerView as Customer } from '../../../../server/modules/customers/customers.service';
import { PromoteBackupEmailButton } from './promote-backup-email/PromoteBackupEmailButton';
import { stateColors } from './stateColors';

/** Who this is, at a glance: name, handle, code and state; the account's actions on the right. */
export function CustomerHeader() {
  const customer = useRecordContext<Customer>();
  const translate = useTranslate();
  if (!customer) return null;
  return (
    <Box sx={{ px: 2, pt: 2, display: 'flex', gap: 2, alignItems: 'flex-start', justifyContent: 'space-between', flexWrap: 'wrap' }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {customer.displayName}
        </Typography>
        <Typography component="span" sx={{ fontFamily: 'monospace', fontSize: '1.1rem' }}>
          {customer.nicHandle}
        </Typography>
        <Typography component="span" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {customer.customerCode}
        </Typography>
        <Chip size="small" label={translate(enumLabelKey('state', customer.state))} color={stateColors[customer.state]} />
      </Stack>
      <PromoteBackupEmailButton />
    </Box>
  );
}

/** What an agent must not miss before acting on the account (SPEC §4.2). */
export function CustomerBanners() {
  const customer = useRecordContext<Customer>();
  const translate = useTranslate();
  if (!customer) return null;
  const candidates: { key: string; severity: AlertColor; isShown: boolean }[] = [
    { key: 'erased', severity: 'error', isShown: customer.state === 'erased' },
    { key: 'processing_restricted', severity: 'warning', isShown: customer.processingRestricted },
    // Until the customer sets a new backup, losing the primary would leave no way back in.
    { key: 'new_backup_required', severity: 'warning', isShown: customer.newBackupRequired },
  ];
  const banners = candidates.filter((banner) => banner.isShown);
  // The lock of SPEC §4.6, named with its flag: the same blocker the server enforces.
  const lock = Object.values(customer.blockedActions)
    .flat()
    .find((blocker) => blocker.code === 'flags.open_high_severity');
  const flagId = lock?.params?.flagId;
  if (banners.length === 0 && flagId === undefined) return null;
  return (
    <Stack spacing={1} sx={{ px: 2, pt: 2 }}>
      {flagId !== undefined && (
        <Alert
          severity="error"
          data-banner="open_high_flag"
          action={
            <Button component={Link} to={`/flags/${flagId}/show`} color="inherit" size="small">
              {translate('guichet.flags.see_flag')}
            </Button>
          }
        >
          {translate('guichet.flags.open_high_banner', { id: flagId })}
        </Alert>
      )}
      {banners.map(({ severity, key }) => (
        <Alert key={key} severity={severity} data-banner={key}>
          {translate(`guichet.customer.banners.${key}`)}
        </Alert>
      ))}
    </Stack>
  );
}
