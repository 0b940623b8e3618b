import { useCanAccess } from 'react-admin';
import type { CustomerView as Customer } from '../../../../../server/modules/customers/customers.service';

/**
 * What stops the promotion for this user: the first blocker they may not pass. A lead may pass an
 * overridable one (an open high-severity flag) with a reason; `overridden` lists those they pass.
 */
export function usePromotionLock(customer: Customer | undefined) {
  const { canAccess: canOverride = false } = useCanAccess({ resource: 'customers', action: 'override-lock' });
  const blockers = customer?.blockedActions['backup-email.promote'] ?? [];
  const stopping = blockers.find((blocker) => !(blocker.overridable && canOverride)) ?? null;
  return { stopping, overridden: stopping ? [] : blockers, first: blockers[0] ?? null };
}
