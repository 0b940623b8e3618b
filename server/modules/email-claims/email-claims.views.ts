import { z } from 'zod';
import type { Database_ } from '../../../db/client.js';
import { legalForms } from '../../../db/schema/customers.js';
import {
  claimStates,
  documentKinds,
  documentStatuses,
  letterKinds,
  letterStatuses,
  rejectionReasons,
  type ClaimState,
} from '../../../db/schema/email-claims.js';
import type { StaffRole } from '../../../db/schema/staff.js';
import { documentedAs, viewSchema } from '../../http/views.js';
import { blockerSchema, type BlockedActions } from '../blocked-actions/blocked-actions.js';
import type { ClaimAccount, ClaimRow, DocumentRow, EmailClaimsRepository, LetterRow } from './email-claims.repository.js';
import { checklist, claimReference, decidedStates, transitions, type ClaimAction } from './email-claims.rules.js';

const dayMs = 86_400_000;

/** A claim as lists show it: its reference, its age, and whether it has waited too long undecided. */
export function toClaimView(claim: ClaimRow, now: Date, undecidedDays: number) {
  const ageDays = Math.max(0, Math.floor((now.getTime() - Date.parse(`${claim.receivedOn}T00:00:00Z`)) / dayMs));
  return {
    ...claim,
    reference: claimReference(claim.id),
    unmatched: claim.customerId === null,
    ageDays,
    undecidedTooLong: !decidedStates.includes(claim.state) && ageDays >= undecidedDays,
  };
}
export type ClaimView = ReturnType<typeof toClaimView>;

/** Why an action is not available now (null when it is): the same rules the service enforces, for the buttons. */
function actionBlockers(claim: ClaimRow, role: StaffRole, staffId: number, documents: DocumentRow[], account: ClaimAccount | undefined, now: Date) {
  const inState = (action: ClaimAction) => (transitions[action].from as readonly ClaimState[]).includes(claim.state);
  const blockers: Partial<Record<ClaimAction, string | null>> = {};
  for (const action of Object.keys(transitions) as ClaimAction[])
    blockers[action] = inState(action) ? null : `Not while the claim is ${claim.state.replace('_', ' ')}.`;
  if (!account)
    for (const action of ['start_review', 'approve', 'apply', 'upload', 'decide_document'] as const)
      blockers[action] ??= 'The handle matches no account: match it first, or reject.';
  if (account) blockers.match ??= 'Already matched to an account.';
  if (blockers.approve === null) {
    if (role !== 'lead') blockers.approve = 'Only a lead approves claims.';
    else if (claim.recordedBy === staffId) blockers.approve = 'You recorded this claim: another lead must approve it.';
    else if (claim.reviewedBy === staffId || documents.some((d) => d.decidedBy === staffId))
      blockers.approve = 'You reviewed this claim: another lead must approve it.';
    else if (account && checklist(account.legalForm, documents).some((l) => l.status !== 'accepted'))
      blockers.approve = 'Every required document must be accepted first.';
  }
  if (blockers.apply === null && claim.holdUntil && now.toISOString() < claim.holdUntil)
    blockers.apply = `On hold until ${claim.holdUntil}: the current addresses may still object.`;
  return blockers;
}

export function createClaimDetail({ sqlite }: Database_, repository: EmailClaimsRepository, blocked: BlockedActions) {
  const staffNames = sqlite.prepare<[string], { id: number; displayName: string }>(
    'SELECT id, display_name AS displayName FROM staff WHERE id IN (SELECT value FROM json_each(?))',
  );
  return function detail(
    claim: ClaimRow,
    viewer: { id: number; role: StaffRole },
    now: Date,
    config: { undecidedDays: number; documentRetentionDays: number },
  ) {
    const account = claim.customerId ? repository.account(claim.customerId) : undefined;
    const documents = repository.documents(claim.id);
    const letters: LetterRow[] = repository.letters(claim.id);
    const decidedAt = claim.appliedAt ?? (claim.state === 'rejected' ? claim.decidedAt : null);
    const purgeOn = decidedAt ? new Date(Date.parse(decidedAt) + config.documentRetentionDays * dayMs).toISOString() : null;
    const ids = [
      claim.recordedBy,
      claim.assigneeId,
      claim.reviewedBy,
      claim.decidedBy,
      claim.appliedBy,
      ...documents.flatMap((d) => [d.uploadedBy, d.decidedBy]),
    ].filter((id): id is number => id !== null);
    return {
      ...toClaimView(claim, now, config.undecidedDays),
      account: account
        ? {
            id: account.id,
            nicHandle: account.nicHandle,
            name: account.organisation ?? `${account.firstName} ${account.lastName}`,
            holderName: `${account.firstName} ${account.lastName}`,
            legalForm: account.legalForm,
            addressLines: [account.addressLine1, account.addressLine2, `${account.postalCode} ${account.city}`, account.country].filter((l): l is string =>
              Boolean(l),
            ),
            primaryEmail: account.primaryEmail,
            backupEmail: account.backupEmail,
            language: account.language,
          }
        : null,
      checklist: account ? checklist(account.legalForm, documents) : [],
      documents: documents.map(({ storageKey: _key, ...d }) => ({ ...d, purgeOn: d.purgedAt ? null : purgeOn })),
      letters,
      staffNames: Object.fromEntries(staffNames.all(JSON.stringify([...new Set(ids)])).map((s) => [s.id, s.displayName])),
      actionBlockers: actionBlockers(claim, viewer.role, viewer.id, documents, account, now),
      /**
       * What locks applying on the account (an open high-severity flag…), the same list the customer
       * page shows: the page names the flag, and a lead may pass an overridable one with a reason.
       */
      applyLocks: account ? blocked.reasons('email-claims.apply', { customerId: account.id }) : [],
    };
  };
}
export type ClaimDetail = ReturnType<ReturnType<typeof createClaimDetail>>;

// The claim as the API sends it, for the OpenAPI document; each schema checked against its view's type.
const id = z.number().int();
const staffId = id.nullable();

export const claimViewSchema = documentedAs(
  'ClaimListRow',
  viewSchema<ClaimView>()(
    z.object({
      id,
      reference: z.string(),
      state: z.enum(claimStates),
      customerId: id.nullable(),
      unmatched: z.boolean(),
      receivedOn: z.string(),
      postmarkOn: z.string().nullable(),
      ageDays: z.number().int(),
      undecidedTooLong: z.boolean(),
      claimedHandle: z.string(),
      claimedCode: z.string().nullable(),
      newPrimaryEmail: z.string(),
      newBackupEmail: z.string().nullable(),
      senderName: z.string(),
      senderAddress: z.string(),
      ticketRef: z.string(),
      recordedBy: id,
      assigneeId: staffId,
      reviewedBy: staffId,
      decidedBy: staffId,
      decidedAt: z.string().nullable(),
      rejectionReason: z.enum(rejectionReasons).nullable(),
      decisionNote: z.string().nullable(),
      holdUntil: z.string().nullable(),
      fraudNote: z.string().nullable(),
      appliedBy: staffId,
      appliedAt: z.string().nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
      version: id,
    }),
  ),
);

const claimActions = Object.keys(transitions) as [ClaimAction, ...ClaimAction[]];

export const claimDetailSchema = documentedAs(
  'Claim',
  viewSchema<ClaimDetail>()(
    claimViewSchema.extend({
      account: z
        .object({
          id,
          nicHandle: z.string(),
          name: z.string(),
          holderName: z.string(),
          legalForm: z.enum(legalForms),
          addressLines: z.array(z.string()),
          primaryEmail: z.string(),
          backupEmail: z.string().nullable(),
          language: z.string(),
        })
        .nullable(),
      checklist: z.array(z.object({ kind: z.enum(documentKinds), status: z.enum(['missing', ...documentStatuses]) })),
      documents: z.array(
        z.object({
          id,
          claimId: id,
          kind: z.enum(documentKinds),
          originalName: z.string(),
          mimeType: z.string(),
          sizeBytes: z.number().int(),
          sha256: z.string(),
          encrypted: z.boolean(),
          status: z.enum(documentStatuses),
          rejectionReason: z.enum(rejectionReasons).nullable(),
          rejectionNote: z.string().nullable(),
          uploadedBy: id,
          uploadedAt: z.string(),
          decidedBy: staffId,
          decidedAt: z.string().nullable(),
          purgedAt: z.string().nullable(),
          purgeOn: z.string().nullable(),
        }),
      ),
      letters: z.array(
        z.object({
          id,
          claimId: id,
          customerId: id.nullable(),
          kind: z.enum(letterKinds),
          locale: z.string(),
          status: z.enum(letterStatuses),
          attempts: z.number().int(),
          lastError: z.string().nullable(),
          sizeBytes: z.number().int().nullable(),
          createdAt: z.string(),
          renderedAt: z.string().nullable(),
        }),
      ),
      staffNames: z.record(z.string(), z.string()).describe('Display name by staff id'),
      actionBlockers: z.partialRecord(z.enum(claimActions), z.string().nullable()).describe('Why each action is unavailable now (null: available)'),
      applyLocks: z.array(blockerSchema),
    }),
  ),
);
