// The server's own zod schema, imported at run time (the module needs nothing but zod): the dialog
// checks exactly the rules the API will apply, before sending anything.
import { promoteBody, type IdentityCheck, type PromoteBody } from '../../../../../server/modules/backup-email/backup-email.schemas';

/** What the agent types in the dialog; `version` is not a field, it comes from the record shown. */
export interface PromotionFormValues {
  ticketRef?: string;
  identityCheck?: IdentityCheck;
  identityCheckNote?: string;
  reason?: string;
  /** A lead passing an overridable lock (open high-severity flag) says why. */
  overrideReason?: string;
}

/** The form's fields: server errors on these keys are shown under the field, others above the form. */
const promotionFields = ['ticketRef', 'identityCheck', 'identityCheckNote', 'reason', 'overrideReason'] as const;
type PromotionField = (typeof promotionFields)[number];

function isPromotionField(key: string): key is PromotionField {
  return (promotionFields as readonly string[]).includes(key);
}

/**
 * The request body exactly as the API takes it (unknown fields are refused). Empty fields are
 * sent as empty strings so the server answers with its own per-field rule, not a type error.
 */
export function toPromotionBody(values: PromotionFormValues, identityCheck: IdentityCheck, version: number): PromoteBody {
  return {
    ticketRef: values.ticketRef?.trim() ?? '',
    identityCheck,
    ...(identityCheck === 'other' ? { identityCheckNote: values.identityCheckNote?.trim() ?? '' } : {}),
    reason: values.reason?.trim() ?? '',
    ...(values.overrideReason ? { overrideReason: values.overrideReason.trim() } : {}),
    version,
  };
}

/**
 * Splits a 400's `errors` into what goes under each field and what does not belong to one.
 * Under a field, the translated statement of that field's rule replaces the server's English
 * message (react-admin translates error keys); it states the whole rule, so nothing is lost.
 */
export function splitServerErrors(errors: Record<string, string>) {
  const byField: Partial<Record<PromotionField, string>> = {};
  const other: string[] = [];
  for (const [key, message] of Object.entries(errors)) {
    if (isPromotionField(key)) byField[key] = `guichet.promote_backup_email.rules.${key}`;
    else other.push(message);
  }
  return { byField, other };
}

/**
 * The form's errors under the server's rules (react-admin Form `validate`): each broken rule is
 * shown under its field as the translated statement of that rule; nothing is sent until none is.
 */
export function validatePromotion(values: PromotionFormValues): Partial<Record<PromotionField, string>> {
  // The version is the record's, not the agent's: any positive number stands in for it here.
  const parsed = promoteBody.safeParse(toPromotionBody(values, values.identityCheck ?? ('' as IdentityCheck), 1));
  if (parsed.success) return {};
  const errors: Partial<Record<PromotionField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (isPromotionField(field)) errors[field] = `guichet.promote_backup_email.rules.${field}`;
  }
  return errors;
}
