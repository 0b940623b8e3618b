import { useRecordContext } from 'react-admin';
import { formatDay } from '../resources/gdpr-requests/gdprApi';
import { useFormatLocale } from './formatLocale';

/**
 * A calendar day the server keeps as YYYY-MM-DD (a letter's receipt, a deadline) in the reader's
 * language: "23 oct. 2026". It is a day, not an instant, so no time zone can move it to the day before.
 */
export function CalendarDayField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<Record<string, unknown>>();
  const value = record?.[source];
  return <span>{formatDay(typeof value === 'string' ? value : null, useFormatLocale())}</span>;
}
