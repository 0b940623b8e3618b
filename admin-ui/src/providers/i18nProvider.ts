import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale } from 'react-admin';
import { englishLabels, frenchLabels } from '../i18n';

const locales = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
];

/**
 * Until someone picks a language (react-admin then keeps it in the store), the console speaks the
 * browser's language when it is French, English otherwise: a French agent's sign-in page is French.
 */
const browserLocale = resolveBrowserLocale('en');
const initialLocale = locales.some(({ locale }) => locale === browserLocale) ? browserLocale : 'en';

const polyglot = polyglotI18nProvider((locale) => (locale === 'fr' ? frenchLabels : englishLabels), initialLocale, locales);

// The page's language follows the console's, so screen readers pronounce French as French.
const setPageLanguage = (locale: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
};
setPageLanguage(initialLocale);

export const i18nProvider: typeof polyglot = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    setPageLanguage(locale);
  },
};
