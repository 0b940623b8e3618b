import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useFormatLocale } from './formatLocale';
import { formatCents } from './money';

interface MoneyFieldProps {
  /** Field holding integer cents. */
  source: string;
  /** Field holding the ISO currency code; or give `currency` directly. */
  currencySource?: string;
  currency?: string;
}

export function MoneyField({ source, currencySource = 'currency', currency }: MoneyFieldProps) {
  const record = useRecordContext();
  const locale = useFormatLocale();
  const cents: unknown = record?.[source];
  const code: unknown = currency ?? record?.[currencySource];
  if (typeof cents !== 'number' || typeof code !== 'string') return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatCents(cents, code, locale)}
    </Typography>
  );
}
