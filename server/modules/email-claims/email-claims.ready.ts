import { requiredDocuments } from './email-claims.rules.js';

/**
 * A claim (alias `t`) that the staff member `@readyFor` may approve now: in review, every document its
 * account's legal form requires accepted, and they neither recorded it, reviewed it nor decided one of
 * its documents. The same four-eyes rule approve() enforces (email-claims.service.ts), as one SQL
 * condition for the lead's dashboard tile and the list filter the tile opens.
 */
export const readyForApprovalSql = `t.state = 'in_review'
  AND t.recorded_by <> @readyFor AND coalesce(t.reviewed_by, 0) <> @readyFor
  AND NOT EXISTS (SELECT 1 FROM claim_documents d WHERE d.claim_id = t.id AND d.decided_by = @readyFor)
  AND (SELECT count(DISTINCT d.kind) FROM claim_documents d
       WHERE d.claim_id = t.id AND d.status = 'accepted' AND d.kind IN (SELECT value FROM json_each(${requiredKinds()})))
    = json_array_length(${requiredKinds()})`;

/** The required kinds as a JSON list chosen by the account's legal form (the rules are the one source). */
function requiredKinds(): string {
  return `CASE WHEN (SELECT cu.legal_form FROM customers cu WHERE cu.id = t.customer_id) = 'individual' THEN @readyIndividual ELSE @readyOrganisation END`;
}

export const readyForApprovalParams = (staffId: number) => ({
  readyFor: staffId,
  readyIndividual: JSON.stringify(requiredDocuments('individual')),
  readyOrganisation: JSON.stringify(requiredDocuments('company')),
});
