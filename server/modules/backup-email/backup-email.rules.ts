import type { CustomerState } from '../../../db/schema/customers.js';
import type { Blocker } from '../blocked-actions/blocked-actions.js';

/**
 * The promotion's own reason to refuse, or null. Registered with the blocked actions, which also
 * hold other capabilities' locks (an open high-severity flag): one list for the 409 and the page.
 */
export function promotionBlocker(customer: { state: CustomerState; backupEmail: string | null }): Blocker | null {
  if (customer.state === 'erased') return { code: 'backup_email.account_erased', message: 'This account has been erased.' };
  if (!customer.backupEmail) return { code: 'backup_email.no_backup', message: 'No backup e-mail on file.' };
  return null;
}
