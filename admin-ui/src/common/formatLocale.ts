import { useLocaleState } from 'react-admin';

// The UI languages are European: "en" means British conventions (31/01/2025, not 1/31/2025).
const formatLocales: Record<string, string> = { en: 'en-GB', fr: 'fr-FR' };

/** The BCP 47 locale used to format dates, money and country names in the current UI language. */
export function useFormatLocale(): string {
  const [locale] = useLocaleState();
  return formatLocales[locale] ?? locale;
}
