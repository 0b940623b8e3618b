import { useId, useState } from 'react';
import { Box, Button, FormHelperText, Tooltip } from '@mui/material';
import SwapVertIcon from '@mui/icons-material/SwapVert';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { useTranslateServerMessage } from '../../../common/apiErrors';
import type { CustomerView } from '../../../../../server/modules/customers/customers.service';
import { PromoteBackupEmailDialog } from './PromoteBackupEmailDialog';
import { usePromotionLock } from './promotionLock';

/**
 * The customer page's "Promote backup e-mail" action, for the roles that may do it. When the
 * server says it is not possible now, the button stays visible but disabled, with the reason
 * written under it: an agent on the phone must be able to tell the caller why.
 */
export function PromoteBackupEmailButton() {
  const customer = useRecordContext<CustomerView>();
  const { canAccess } = useCanAccess({ resource: 'customers', action: 'promote-backup-email' });
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const reasonId = useId();
  const [isOpen, setOpen] = useState(false);
  const { stopping } = usePromotionLock(customer);
  if (!customer || !canAccess) return null;

  const reason = stopping ? translateServerMessage(stopping) : null;
  const button = (
    <Button
      variant="outlined"
      startIcon={<SwapVertIcon />}
      disabled={reason !== null}
      aria-describedby={reason ? reasonId : undefined}
      onClick={() => setOpen(true)}
    >
      {translate('guichet.promote_backup_email.action')}
    </Button>
  );

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end' }}>
      {reason ? (
        // A disabled button gets no pointer or focus events: the wrapper carries the tooltip.
        <Tooltip title={reason}>
          <span tabIndex={0}>{button}</span>
        </Tooltip>
      ) : (
        button
      )}
      {reason && (
        <FormHelperText id={reasonId} sx={{ mx: 0 }} data-testid="promote-backup-email-blocker">
          {reason}
        </FormHelperText>
      )}
      {isOpen && <PromoteBackupEmailDialog customer={customer} onClose={() => setOpen(false)} />}
    </Box>
  );
}
