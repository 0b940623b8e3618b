import { z } from 'zod';
import { claimStates, documentKinds, rejectionReasons } from '../../../db/schema/email-claims.js';
import { overrideReason, reason, ticketRef } from '../../http/fields.js';
import { filterSince, filterUntil, listContract, recordId, type ListFilterOf } from '../../http/list-query.js';

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid e-mail address' }).max(254));
const day = z.iso.date({ error: 'Enter a date (YYYY-MM-DD)' });
const version = z.number({ error: 'The claim version you saw is required' }).int().positive();
const note = z.string().trim().max(2000);

export const recordClaimBody = z
  .object({
    receivedOn: day,
    postmarkOn: day.optional(),
    claimedHandle: z.string().trim().min(2, 'Enter the NIC-handle as written in the letter').max(40),
    claimedCode: z.string().trim().max(20).optional(),
    newPrimaryEmail: email,
    newBackupEmail: email.optional(),
    senderName: z.string().trim().min(2, 'Enter the sender’s name as written').max(200),
    senderAddress: z.string().trim().min(5, 'Enter the postal address as written').max(500),
    ticketRef,
  })
  .strict()
  .refine((b) => b.newBackupEmail === undefined || b.newBackupEmail !== b.newPrimaryEmail, {
    path: ['newBackupEmail'],
    message: 'The new backup e-mail must differ from the new primary',
  })
  .refine((b) => b.postmarkOn === undefined || b.postmarkOn <= b.receivedOn, {
    path: ['postmarkOn'],
    message: 'The postmark cannot be later than the day the letter was received',
  });
export type RecordClaimBody = z.infer<typeof recordClaimBody>;

export const versionBody = z.object({ version }).strict();
export const matchBody = z.object({ nicHandle: z.string().trim().min(2).max(40), version }).strict();
export const requestDocumentsBody = z.object({ reason, version }).strict();
export const rejectBody = z
  .object({ rejectionReason: z.enum(rejectionReasons, { error: 'Choose a reason' }), note: note.optional(), version })
  .strict()
  .refine((b) => b.rejectionReason !== 'other' || (b.note?.length ?? 0) >= 5, { path: ['note'], message: 'Explain the reason (at least 5 characters)' });
export const objectBody = z.object({ fraudNote: reason, ticketRef, version }).strict();
export const applyBody = z.object({ version, overrideReason: overrideReason.optional() }).strict();

export const documentDecisionBody = z
  .object({
    decision: z.enum(['accept', 'reject']),
    rejectionReason: z.enum(rejectionReasons).optional(),
    note: note.optional(),
  })
  .strict()
  .refine((b) => b.decision === 'accept' || b.rejectionReason !== undefined, { path: ['rejectionReason'], message: 'Choose why the document is rejected' })
  .refine((b) => b.rejectionReason !== 'other' || (b.note?.length ?? 0) >= 5, { path: ['note'], message: 'Explain the reason (at least 5 characters)' });
export type DocumentDecisionBody = z.infer<typeof documentDecisionBody>;

export const uploadFields = z.object({ kind: z.enum(documentKinds, { error: 'Choose what the document is' }) }).strict();

export const claimListContract = listContract({
  resource: 'email-claims',
  sortFields: ['id', 'receivedOn'],
  defaultSort: ['id', 'DESC'],
  filters: {
    state: z.enum(claimStates).optional(),
    /** Not yet decided (received, in review, awaiting documents). */
    undecided: z.boolean().optional(),
    assigneeId: recordId.optional(),
    /** In review and ready for this lead to approve now (four-eyes and documents: email-claims.ready.ts). */
    readyForApprovalBy: recordId.optional(),
    customerId: recordId.optional(),
    unmatched: z.boolean().optional(),
    /** Age: received on or before this day. */
    receivedBefore: filterUntil.optional(),
    receivedAfter: filterSince.optional(),
  },
});
export type ClaimListFilter = ListFilterOf<typeof claimListContract>;
