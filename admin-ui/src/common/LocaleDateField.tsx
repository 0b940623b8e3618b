import { DateField, type DateFieldProps } from 'react-admin';
import { useFormatLocale } from './formatLocale';

/** A DateField that follows the console's language rather than the browser's. */
export function LocaleDateField(props: DateFieldProps) {
  return <DateField locales={useFormatLocale()} {...props} />;
}
