import { useMemo } from 'react';
import { useFormatLocale } from './formatLocale';

// Countries the provider's European subsidiaries serve; names come from Intl in the UI language.
const countryCodes = [
  'AT',
  'BE',
  'BG',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LT',
  'LU',
  'LV',
  'MA',
  'MC',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'TN',
  'US',
  'CA',
] as const;

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code; // not a region code Intl knows: show it as stored
  }
}

export function useCountryChoices() {
  const locale = useFormatLocale();
  return useMemo(
    () => countryCodes.map((code) => ({ id: code, name: `${countryName(code, locale)} (${code})` })).sort((a, b) => a.name.localeCompare(b.name, locale)),
    [locale],
  );
}

export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
