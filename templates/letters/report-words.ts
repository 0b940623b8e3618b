import * as auditActions from '../../admin-ui/src/i18n/audit-actions.js';
import { en as consoleEn } from '../../admin-ui/src/i18n/en.js';
import { fr as consoleFr } from '../../admin-ui/src/i18n/fr.js';
import * as claimWords from '../../admin-ui/src/resources/email-claims/i18n.js';
import * as gdprWords from '../../admin-ui/src/resources/gdpr-requests/i18n.js';
import type { Locale } from './layout.js';

// Words for the codes a customer reads in the Art. 15 report. The console's vocabulary (its i18n files
// are plain data, typed by the schema's enums, and a test fails when an audit action has no words) is
// the one place codes become words, so the letter reuses it rather than keeping a second list that
// would drift. Dates are written in the customer's language in Paris time, as on the console.

type Words = Record<string, Record<string, string>>;
const enums: Record<Locale, Words> = {
  en: { ...consoleEn.guichet.enums, ...gdprWords.en.guichet.enums, ...claimWords.en.guichet.enums },
  fr: { ...consoleFr.guichet.enums, ...gdprWords.fr.guichet.enums, ...claimWords.fr.guichet.enums },
};
const actions: Record<Locale, Record<string, Record<string, string>>> = {
  en: { ...auditActions.en.guichet.audit.actions, ...gdprWords.en.guichet.audit.actions },
  fr: { ...auditActions.fr.guichet.audit.actions, ...gdprWords.fr.guichet.audit.actions },
};

/** A code as words (`enumWord('fr', 'invoiceStatus', 'paid')` → "Payée"); an unknown code stays as it is. */
export const enumWord = (locale: Locale, group: string, value: unknown): string => (typeof value === 'string' ? (enums[locale][group]?.[value] ?? value) : '—');

/** An audit action (`backup-email.promote`) as the console words it. */
export function actionWords(locale: Locale, action: string): string {
  const [module = '', verb = ''] = action.split('.');
  return actions[locale][module]?.[verb] ?? action;
}

const tags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const timeZone = 'Europe/Paris';

// Formatters are built once: the heaviest report writes ten thousand dates.
const dateTimeFormats = {
  fr: new Intl.DateTimeFormat(tags.fr, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  en: new Intl.DateTimeFormat(tags.en, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
};
const dateFormats = {
  fr: new Intl.DateTimeFormat(tags.fr, { dateStyle: 'medium', timeZone }),
  en: new Intl.DateTimeFormat(tags.en, { dateStyle: 'medium', timeZone }),
};

/** An ISO instant as "14 mars 2012, 10:21" / "14 Mar 2012, 10:21" (Paris time); a bare date without the time. */
export function when(locale: Locale, value: unknown): string {
  if (typeof value !== 'string' || value === '') return '—';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const instant = new Date(dateOnly ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(instant.getTime())) return value;
  return (dateOnly ? dateFormats : dateTimeFormats)[locale].format(instant);
}

export const yesNo = (locale: Locale, value: unknown) => (value ? { fr: 'Oui', en: 'Yes' } : { fr: 'Non', en: 'No' })[locale];

export function money(locale: Locale, cents: unknown, currency: unknown): string {
  const code = typeof currency === 'string' && currency.length === 3 ? currency : 'EUR';
  return new Intl.NumberFormat(tags[locale], { style: 'currency', currency: code }).format(Number(cents ?? 0) / 100);
}

const countryNames: Record<Locale, Intl.DisplayNames> = {
  fr: new Intl.DisplayNames(['fr'], { type: 'region' }),
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
};
const languageNames: Record<Locale, Intl.DisplayNames> = {
  fr: new Intl.DisplayNames(['fr'], { type: 'language' }),
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
};
export const country = (locale: Locale, code: unknown) => (typeof code === 'string' && /^[A-Z]{2}$/.test(code) ? (countryNames[locale].of(code) ?? code) : '—');
export const language = (locale: Locale, code: unknown) => (typeof code === 'string' && code !== '' ? (languageNames[locale].of(code) ?? code) : '—');
