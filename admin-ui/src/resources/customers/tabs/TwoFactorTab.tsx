import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import { enumLabelKey } from '../../../common/enums';
import type { CustomerView as Customer } from '../../../../../server/modules/customers/customers.service';
import type { TabContentProps } from './TabContentProps';

function Methods() {
  const customer = useRecordContext<Customer>();
  const translate = useTranslate();
  if (!customer) return null;
  if (customer.twoFactorMethods.length === 0) {
    return (
      <Alert severity="info" variant="outlined">
        {translate('guichet.customer.no_two_factor')}
      </Alert>
    );
  }
  return (
    <Stack direction="row" spacing={1}>
      {customer.twoFactorMethods.map((method) => (
        <Chip key={method} color="success" size="small" label={translate(enumLabelKey('twoFactor', method))} />
      ))}
    </Stack>
  );
}

function BackupCodesLeft() {
  const customer = useRecordContext<Customer>();
  if (!customer) return null;
  // Running out of backup codes is what locks a customer out after losing their phone.
  const isLow = customer.twoFactorMethods.length > 0 && customer.backupCodesLeft <= 2;
  return (
    <Typography variant="body2" color={isLow ? 'warning.dark' : undefined} sx={{ fontWeight: isLow ? 600 : undefined }}>
      {customer.backupCodesLeft}
    </Typography>
  );
}

export function TwoFactorTab(_: TabContentProps) {
  return (
    <Box sx={{ display: 'grid', gap: 2, py: 1, maxWidth: 600 }}>
      <Labeled source="twoFactorMethods">
        <Methods />
      </Labeled>
      <Labeled source="backupCodesLeft">
        <BackupCodesLeft />
      </Labeled>
    </Box>
  );
}
