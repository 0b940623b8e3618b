import type { CustomerState } from '../../../db/schema/customers.js';

export interface PromotionBlocker {
  code: string;
  message: string;
}

/**
 * Why the backup e-mail cannot be promoted right now, or null when it can. One rule set for the
 * refusal (409) and for the customer page, which shows the action disabled with this reason.
 * An open high-severity flag will add a lead-only override here once flags exist (SPEC §4.6).
 */
export function promotionBlocker(customer: { state: CustomerState; backupEmail: string | null }): PromotionBlocker | null {
  if (customer.state === 'erased') return { code: 'backup_email.account_erased', message: 'This account has been erased.' };
  if (!customer.backupEmail) return { code: 'backup_email.no_backup', message: 'No backup e-mail on file.' };
  return null;
}
