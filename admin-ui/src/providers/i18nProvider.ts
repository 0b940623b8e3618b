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

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'fr' ? frenchLabels : englishLabels), initialLocale, locales);
