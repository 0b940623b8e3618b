import { DateField, type DateFieldProps } from 'react-admin';
import { useFormatLocale } from './formatLocale';
import { useTimeZone } from './timeZone';

/**
 * A DateField in the console's language and the staff member's time zone. A date-time shows the
 * zone's name ("04:22 CET"); a date alone is the calendar day in that zone.
 */
export function LocaleDateField({ showTime, ...props }: DateFieldProps) {
  const [timeZone] = useTimeZone();
  const options: Intl.DateTimeFormatOptions = showTime
    ? { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }
    : { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' };
  return <DateField locales={useFormatLocale()} showTime={showTime} options={options} {...props} />;
}
