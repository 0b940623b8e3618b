import { Box, Typography } from '@mui/material';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { useTranslate } from 'react-admin';
import type { CustomerView as Customer } from '../../../../../server/modules/customers/customers.service';

interface AddressPanelProps {
  label: string;
  address: string | null;
  isPromoted: boolean;
}

function AddressPanel({ label, address, isPromoted }: AddressPanelProps) {
  const translate = useTranslate();
  return (
    <Box
      data-address-panel={isPromoted ? 'backup' : 'primary'}
      sx={{ border: 1, borderColor: isPromoted ? 'success.main' : 'divider', borderRadius: 1, p: 2, minWidth: 0 }}
    >
      <Typography variant="caption" component="p" color={isPromoted ? 'success.dark' : 'text.secondary'}>
        {translate(label)}
      </Typography>
      {/* Addresses can be long: they wrap rather than being cut, the agent must read them whole. */}
      <Typography
        sx={{ fontFamily: 'monospace', fontSize: '1rem', overflowWrap: 'anywhere', fontWeight: isPromoted ? 600 : 400 }}
        color={isPromoted ? 'text.primary' : 'text.secondary'}
      >
        {address ?? '—'}
      </Typography>
    </Box>
  );
}

/** Both addresses side by side, so the agent sees exactly which one takes over. */
export function PromotionAddresses({ customer }: { customer: Customer }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: '1fr auto 1fr' },
        alignItems: 'center',
        gap: 2,
      }}
    >
      <AddressPanel label="guichet.promote_backup_email.current_primary" address={customer.primaryEmail} isPromoted={false} />
      <ArrowForwardIcon color="action" sx={{ justifySelf: 'center', transform: { xs: 'rotate(90deg)', sm: 'none' } }} />
      <AddressPanel label="guichet.promote_backup_email.backup" address={customer.backupEmail} isPromoted />
    </Box>
  );
}
