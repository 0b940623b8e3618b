import polyglotI18nProvider from 'ra-i18n-polyglot';
import { englishLabels, loadFrenchLabels } from '../i18n';

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'fr' ? loadFrenchLabels() : englishLabels), 'en', [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
]);
