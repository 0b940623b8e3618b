import { backupPromoted, type BackupPromotedProps } from './backup-promoted.js';
import { gdprNotice, type GdprNoticeProps } from './gdpr-notice.js';
import { claimApplied, type ClaimAppliedProps } from './claim-applied.js';
import { claimChangeRequested, type ClaimChangeRequestedProps } from './claim-change-requested.js';
import type { Locale, RenderedEmail } from './layout.js';
import { primaryReplaced, type PrimaryReplacedProps } from './primary-replaced.js';
import { securityAdvice, type SecurityAdviceProps } from './security-advice.js';

export { localeFor, type Locale, type RenderedEmail } from './layout.js';

/** Every customer e-mail, by template name, with its typed props. */
export const emailTemplates = {
  'backup-promoted': backupPromoted,
  'primary-replaced': primaryReplaced,
  'gdpr-notice': gdprNotice,
  'claim-change-requested': claimChangeRequested,
  'claim-applied': claimApplied,
  'security-advice': securityAdvice,
} satisfies Record<string, (props: never, locale: Locale) => RenderedEmail>;

export type EmailTemplateName = keyof typeof emailTemplates;
export interface EmailTemplateProps {
  'backup-promoted': BackupPromotedProps;
  'primary-replaced': PrimaryReplacedProps;
  'gdpr-notice': GdprNoticeProps;
  'claim-change-requested': ClaimChangeRequestedProps;
  'claim-applied': ClaimAppliedProps;
  'security-advice': SecurityAdviceProps;
}

export function renderTemplate<N extends EmailTemplateName>(name: N, props: EmailTemplateProps[N], locale: Locale): RenderedEmail {
  return (emailTemplates[name] as (p: EmailTemplateProps[N], l: Locale) => RenderedEmail)(props, locale);
}

/** `jean.dupont@example.net` → `j***@example.net`. */
export function maskEmail(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}
