import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en } from '../i18n/en';

const english: TranslationMessages = { ...englishMessages, ...en };

// French is fetched only when chosen, so English users don't download it.
async function loadFrench(): Promise<TranslationMessages> {
  const [{ default: frenchMessages }, { fr }] = await Promise.all([import('ra-language-french'), import('../i18n/fr')]);
  return { ...frenchMessages, ...fr };
}

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'fr' ? loadFrench() : english), 'en', [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
]);
