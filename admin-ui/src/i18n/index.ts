import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { mergeTranslations, type TranslationMessages } from 'react-admin';
import * as auditLog from '../resources/audit-log/i18n';
import * as auditReviews from '../resources/audit-reviews/i18n';
import * as customers from '../resources/customers/i18n';
import * as customerSummary from '../resources/customers/summary/i18n';
import * as customerTabs from '../resources/customers/tabs/i18n';
import * as promoteBackupEmail from '../resources/customers/promote-backup-email/i18n';
import * as emailClaims from '../resources/email-claims/i18n';
import * as flags from '../resources/flags/i18n';
import * as gdprRequests from '../resources/gdpr-requests/i18n';
import * as messages from '../resources/messages/i18n';
import * as staff from '../resources/staff/i18n';
import * as staffSelf from '../staff-self/i18n';
import * as auditActions from './audit-actions';
import { en } from './en';
import { fr } from './fr';

/**
 * Every resource owns its labels (`resources/<name>/i18n.ts` exporting `en` and `fr: typeof en`);
 * a new screen adds one line here. Shared labels stay in en.ts / fr.ts.
 */
const resourceLabels: readonly { en: object; fr: object }[] = [
  auditActions,
  auditLog,
  auditReviews,
  customers,
  customerSummary,
  customerTabs,
  promoteBackupEmail,
  emailClaims,
  flags,
  gdprRequests,
  messages,
  staff,
  staffSelf,
];

// react-admin types mergeTranslations' result `any`; merged catalogues are TranslationMessages.
export const englishLabels = mergeTranslations(englishMessages, en, ...resourceLabels.map((labels) => labels.en)) as TranslationMessages;

/**
 * French typography: the apostrophe is ’ (l’adresse), never the typewriter '. Our labels are written
 * that way (test/french-typography.test.ts); react-admin's French catalogue uses ', so it is set the
 * same way here rather than showing both on one screen.
 */
function withTypographicApostrophes<Tree>(tree: Tree): Tree {
  if (typeof tree === 'string') return tree.replaceAll("'", '’') as Tree;
  if (!tree || typeof tree !== 'object') return tree;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, withTypographicApostrophes(value as unknown)])) as Tree;
}

// French is bundled (not fetched on demand): it can be the first language shown, on the sign-in page.
export const frenchLabels = mergeTranslations(
  withTypographicApostrophes(frenchMessages),
  fr,
  ...resourceLabels.map((labels) => labels.fr),
) as TranslationMessages;
