import type { Database_ } from '../../../db/client.js';
import type { ClaimState } from '../../../db/schema/email-claims.js';
import type { SummaryContributor } from '../customer-summary/customer-summary.js';
import { claimReference } from './email-claims.rules.js';

/** The customer page's strip: an open mailed claim is something an agent on the phone must know about. */
export function claimSummaryItems({ sqlite }: Database_): SummaryContributor {
  const open = sqlite.prepare<[number], { id: number; state: ClaimState; holdUntil: string | null }>(
    `SELECT id, state, hold_until AS holdUntil FROM email_claims
     WHERE customer_id = ? AND state NOT IN ('rejected', 'applied') ORDER BY id DESC LIMIT 1`,
  );
  return ({ customerId }) => {
    const claim = open.get(customerId);
    if (!claim) return [];
    const reference = claimReference(claim.id);
    return [
      {
        key: 'openClaim',
        // Approved: the e-mail is about to change; the agent must not promise otherwise.
        tone: claim.state === 'approved' ? 'danger' : 'warning',
        code: 'openClaim',
        values: { reference, state: { enum: 'claimState', values: [claim.state] } },
        message: `Open e-mail-change claim ${reference} (${claim.state.replace('_', ' ')})`,
        tab: 'claims',
      },
    ];
  };
}
