import { useStore } from 'react-admin';
import { useFormatLocale } from './formatLocale';

/**
 * Every date-time is shown in one zone, the staff member's choice, with the zone's name. The
 * choice is kept in this browser (react-admin's store, like the language) and survives sign-out:
 * it belongs to the desk's locality, not to the data. Support works from France: Paris by default.
 */
export const defaultTimeZone = 'Europe/Paris';
export const timeZoneStoreKey = 'preferences.timeZone';

/** The zones offered in the user menu: where the provider's support desks and customers are. */
export const timeZoneChoices = [
  'Europe/Paris',
  'Europe/London',
  'Europe/Lisbon',
  'Europe/Madrid',
  'Europe/Berlin',
  'Europe/Warsaw',
  'Europe/Athens',
  'Africa/Casablanca',
  'America/Montreal',
  'UTC',
] as const;

export function useTimeZone() {
  return useStore<string>(timeZoneStoreKey, defaultTimeZone);
}

/** "31/10/2026, 04:22 CET": an instant in the chosen zone, always with the zone's short name. */
export function formatInstant(iso: string, { locale, timeZone, showTime = true }: { locale: string; timeZone: string; showTime?: boolean }): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = showTime
    ? { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }
    : { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** `formatInstant` in the staff member's language and chosen zone: what every screen shows for a date-time. */
export function useFormatInstant(): (iso: string, showTime?: boolean) => string {
  const locale = useFormatLocale();
  const [timeZone] = useTimeZone();
  return (iso, showTime = true) => formatInstant(iso, { locale, timeZone, showTime });
}
