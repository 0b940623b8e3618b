import { Box, Link as MuiLink, Typography } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useQuery } from '@tanstack/react-query';
import { Link, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { SummaryItem } from '../../../../../server/modules/customer-summary/customer-summary';
import type { CustomerView as Customer } from '../../../../../server/modules/customers/customers.service';
import { useTranslateServerMessage, toApiError } from '../../../common/apiErrors';
import type { GuichetDataProvider } from '../../../providers/dataProvider';
import { useSummaryValueFormatter } from './formatSummaryValue';

const toneIcons = {
  danger: { Icon: ErrorOutlineIcon, color: 'error.main' },
  warning: { Icon: WarningAmberIcon, color: 'warning.main' },
  ok: { Icon: CheckCircleOutlineIcon, color: 'success.main' },
  info: { Icon: InfoOutlinedIcon, color: 'info.main' },
} as const;

/**
 * The account at a glance, above the tabs (issue 8): what the server's summary contributors say
 * (server/modules/customer-summary), each fact a link to the tab with its details. The UI only
 * formats and translates; a capability adds its items on the server and its labels under
 * `guichet.summary.<code>`.
 */
export function SummaryStrip() {
  const customer = useRecordContext<Customer>();
  const dataProvider = useDataProvider<GuichetDataProvider>();
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  const id = customer?.id;
  // Keyed under the customer's version: after an action the record reloads and so does the strip.
  const { data, error, isPending } = useQuery({
    queryKey: ['customers', 'summary', id, customer?.version],
    queryFn: () => dataProvider.getCustomerSummary(id ?? 0),
    enabled: id !== undefined,
  });
  if (!customer) return null;
  return (
    <Box component="nav" aria-label={translate('guichet.summary.title')} data-testid="summary-strip" sx={{ px: 2, pt: 1.5 }}>
      {error ? (
        <Typography role="alert" color="error">
          {translate('guichet.summary.load_error', { message: translateServerMessage(toApiError(error)) })}
        </Typography>
      ) : isPending ? (
        <Typography color="text.secondary">{translate('guichet.summary.loading')}</Typography>
      ) : (
        <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, m: 0, p: 0, listStyle: 'none' }}>
          {data.items.map((item, index) => (
            <SummaryEntry key={`${item.key}-${index}`} item={item} customerId={customer.id} />
          ))}
        </Box>
      )}
    </Box>
  );
}

function SummaryEntry({ item, customerId }: { item: SummaryItem; customerId: Customer['id'] }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const format = useSummaryValueFormatter();
  const { Icon, color } = toneIcons[item.tone];
  const values = Object.fromEntries(Object.entries(item.values).map(([name, value]) => [name, format(value)]));
  const text = translate(`guichet.summary.${item.code}`, { ...values, _: item.message });
  const base = createPath({ resource: 'customers', id: customerId, type: 'show' });
  return (
    <Box component="li" data-summary={item.key} data-tone={item.tone}>
      <MuiLink
        component={Link}
        to={item.tab ? `${base}/${item.tab}` : base}
        underline="hover"
        color="text.primary"
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.5,
          px: 1,
          py: 0.25,
          border: 1,
          borderColor: item.tone === 'danger' || item.tone === 'warning' ? color : 'divider',
          borderRadius: 1,
          fontSize: '0.875rem',
          fontWeight: item.tone === 'danger' ? 600 : 400,
        }}
      >
        <Icon fontSize="small" sx={{ color }} aria-hidden />
        {text}
      </MuiLink>
    </Box>
  );
}
