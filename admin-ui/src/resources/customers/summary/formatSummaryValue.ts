import { useTranslate } from 'react-admin';
import type { SummaryValue } from '../../../../../server/modules/customer-summary/customer-summary';
import { countryName } from '../../../common/countries';
import { enumLabelKey } from '../../../common/enums';
import { useFormatLocale } from '../../../common/formatLocale';
import { formatCents } from '../../../common/money';
import { formatInstant, useTimeZone } from '../../../common/timeZone';

/** Puts a summary value in the reader's words: instants in their zone, money, enum values as labels. */
export function useSummaryValueFormatter() {
  const locale = useFormatLocale();
  const [timeZone] = useTimeZone();
  const translate = useTranslate();
  return (value: SummaryValue): string | number => {
    if (typeof value !== 'object') return value;
    if ('instant' in value) return formatInstant(value.instant, { locale, timeZone });
    if ('cents' in value) return formatCents(value.cents, value.currency, locale);
    if (value.enum === 'country') return value.values.map((code) => countryName(code, locale)).join(', ');
    return value.values.map((item) => translate(enumLabelKey(value.enum, item), { _: item })).join(', ');
  };
}
