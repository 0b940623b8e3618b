import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CustomerListView } from '../../../../server/modules/customers/customers.service';

/**
 * The primary e-mail, and under it the backup address when that is what the search matched:
 * otherwise a row found for "c@d" shows only "a@b" and the agent doubts the search.
 */
export function EmailCell() {
  const customer = useRecordContext<CustomerListView>();
  const translate = useTranslate();
  if (!customer) return null;
  return (
    <Box>
      {customer.primaryEmail}
      {customer.matchedBackupEmail && customer.backupEmail && (
        <Typography variant="body2" component="div" data-matched="backup-email" sx={{ fontWeight: 500 }}>
          {translate('guichet.customer.matched_backup_email', { address: customer.backupEmail })}
        </Typography>
      )}
    </Box>
  );
}
