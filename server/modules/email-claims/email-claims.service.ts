import type { Database_ } from '../../../db/client.js';
import type { ClaimState, RejectionReason } from '../../../db/schema/email-claims.js';
import { localeFor } from '../../../templates/emails/index.js';
import { maskEmail } from '../../../templates/emails/index.js';
import type { AppConfig } from '../../config.js';
import { staleVersion } from '../../http/errors.js';
import type { ListQueryOf } from '../../http/list-query.js';
import type { ChangeContext, ChangeOutcome } from '../audit/audited-change.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import type { BlockedActions } from '../blocked-actions/blocked-actions.js';
import { createEmailReplacement, customerDisplayName } from '../customers/email-replacement.js';
import { normaliseCustomerCode, normaliseNicHandle } from '../customers/query/search-keys.js';
import * as errors from './email-claims.errors.js';
import type { ClaimLetters } from './email-claims.letters.js';
import { createEmailClaimsRepository, type ClaimAccount, type ClaimRow } from './email-claims.repository.js';
import { checklist, claimReference, transitions, actionVerbs, type ClaimAction } from './email-claims.rules.js';
import type { claimListContract, DocumentDecisionBody, RecordClaimBody } from './email-claims.schemas.js';

interface EmailClaimsDeps {
  database: Database_;
  changes: AuditedChanges;
  blocked: BlockedActions;
  config: AppConfig['claims'];
  letters: ClaimLetters;
  clock: () => Date;
}

type Work<T> = (input: { change: ChangeContext; claim: ClaimRow; account: ClaimAccount | undefined }) => ChangeOutcome<T>;

export function createEmailClaimsService({ database, changes, blocked, config, letters, clock }: EmailClaimsDeps) {
  const repository = createEmailClaimsRepository(database);
  const replaceEmails = createEmailReplacement(database);

  const recipientOf = (claim: ClaimRow) => ({ name: claim.senderName, addressLines: claim.senderAddress.split('\n').map((l) => l.trim()) });
  const localeOf = (account: ClaimAccount | undefined) => localeFor(account?.language ?? 'fr');

  /** Loads the claim inside the change, checks its state allows `action` (409 otherwise), then runs the work. */
  function act<T>(claimId: number, action: ClaimAction, work: Work<T>) {
    return changes.apply((change) => {
      const claim = repository.findById(claimId);
      if (!claim) throw errors.claimNotFound();
      const { from } = transitions[action];
      if (!(from as readonly ClaimState[]).includes(claim.state)) throw errors.wrongState(actionVerbs[action], claim.state, from);
      const account = claim.customerId ? repository.account(claim.customerId) : undefined;
      return work({ change, claim, account });
    });
  }

  /** The claim's row change at the version the actor saw, plus its audit entry. */
  function transition(
    change: ChangeContext,
    claim: ClaimRow,
    version: number,
    action: string,
    actor: AuditActor,
    set: Partial<Record<keyof ClaimRow, string | number | null>>,
    extra: { reason?: string | null; details?: Record<string, unknown>; personal?: Record<string, unknown> } = {},
  ): ChangeOutcome<{ id: number }> {
    if (claim.version !== version || !repository.update(claim.id, version, change.nowIso, set)) throw staleVersion();
    return {
      result: { id: claim.id },
      audit: {
        actor,
        action: `email_claims.${action}`,
        targetType: 'email_claim',
        targetId: claim.id,
        customerId: claim.customerId ?? (typeof set.customerId === 'number' ? set.customerId : null),
        ticketRef: claim.ticketRef,
        reason: extra.reason ?? null,
        details: { before: { state: claim.state, version }, after: { state: set.state ?? claim.state, version: version + 1 }, ...extra.details },
        ...(extra.personal ? { personal: extra.personal } : {}),
      },
    };
  }

  function matchCustomer(handle: string, code: string | undefined): number | undefined {
    const nic = normaliseNicHandle(handle);
    const byHandle = nic ? repository.findCustomerByHandle(nic) : undefined;
    if (byHandle) return byHandle;
    const digits = code ? normaliseCustomerCode(code) : null;
    return digits ? repository.findCustomerByCode(digits) : undefined;
  }

  function record(actor: AuditActor, body: RecordClaimBody) {
    return changes.apply(({ nowIso }) => {
      const customerId = matchCustomer(body.claimedHandle, body.claimedCode) ?? null;
      const id = repository.insert({
        ...body,
        postmarkOn: body.postmarkOn ?? null,
        claimedCode: body.claimedCode ?? null,
        newBackupEmail: body.newBackupEmail ?? null,
        customerId,
        recordedBy: actor.id,
        now: nowIso,
      });
      return {
        result: { id },
        audit: {
          actor,
          action: 'email_claims.record',
          targetType: 'email_claim',
          targetId: id,
          customerId,
          ticketRef: body.ticketRef,
          details: { matched: customerId !== null, receivedOn: body.receivedOn },
          personal: {
            claimedHandle: body.claimedHandle,
            newPrimaryEmail: body.newPrimaryEmail,
            newBackupEmail: body.newBackupEmail ?? null,
            senderName: body.senderName,
            senderAddress: body.senderAddress,
          },
        },
      };
    });
  }

  const match = (actor: AuditActor, id: number, body: { nicHandle: string; version: number }) =>
    act(id, 'match', ({ change, claim }) => {
      if (claim.customerId !== null) throw errors.alreadyMatched();
      const nic = normaliseNicHandle(body.nicHandle);
      const customerId = nic ? repository.findCustomerByHandle(nic) : undefined;
      if (!customerId) throw errors.noSuchHandle();
      return transition(change, claim, body.version, 'match', actor, { customerId }, { details: { customerId } });
    });

  const startReview = (actor: AuditActor, id: number, body: { version: number }) =>
    act(id, 'start_review', ({ change, claim }) => {
      if (claim.customerId === null) throw errors.unmatched();
      return transition(change, claim, body.version, 'start_review', actor, { state: 'in_review', assigneeId: actor.id, reviewedBy: actor.id });
    });

  const requestDocuments = (actor: AuditActor, id: number, body: { reason: string; version: number }) =>
    act(id, 'request_documents', ({ change, claim }) =>
      transition(change, claim, body.version, 'request_documents', actor, { state: 'awaiting_documents' }, { reason: body.reason }),
    );

  const approve = (actor: AuditActor, id: number, body: { version: number }) =>
    act(id, 'approve', ({ change, claim, account }) => {
      if (!account) throw errors.unmatched();
      const documents = repository.documents(claim.id);
      // Four-eyes (SPEC §4.4): the approver neither recorded the letter nor reviewed it (nor decided a document).
      if (claim.recordedBy === actor.id) throw errors.fourEyes('recorder');
      if (claim.reviewedBy === actor.id || documents.some((d) => d.decidedBy === actor.id)) throw errors.fourEyes('reviewer');
      const missing = checklist(account.legalForm, documents).filter((line) => line.status !== 'accepted');
      if (missing.length > 0) throw errors.documentsIncomplete(missing.map((line) => line.kind.replace('_', ' ')));
      const holdUntil = new Date(change.now.getTime() + config.holdMs).toISOString();
      const reference = claimReference(claim.id);
      const customerName = customerDisplayName(account);
      const props = { customerName, nicHandle: account.nicHandle, reference, holdUntil, newPrimaryMasked: maskEmail(claim.newPrimaryEmail) };
      // The current addresses hear of it first: this is what stops a forged letter.
      for (const to of new Set([account.primaryEmail, account.backupEmail].filter((a): a is string => Boolean(a))))
        change.notify({ customerId: account.id, to, template: 'claim-change-requested', props, locale: localeOf(account) });
      return transition(
        change,
        claim,
        body.version,
        'approve',
        actor,
        { state: 'approved', decidedBy: actor.id, decidedAt: change.nowIso, holdUntil },
        { details: { holdUntil } },
      );
    });

  const reject = (actor: AuditActor, id: number, body: { rejectionReason: RejectionReason; note?: string; version: number }) =>
    act(id, 'reject', ({ change, claim, account }) => {
      const documents = repository.documents(claim.id);
      const outcome = transition(
        change,
        claim,
        body.version,
        'reject',
        actor,
        { state: 'rejected', decidedBy: actor.id, decidedAt: change.nowIso, rejectionReason: body.rejectionReason, decisionNote: body.note ?? null },
        { details: { rejectionReason: body.rejectionReason }, personal: body.note ? { note: body.note } : undefined },
      );
      letters.queue(change, {
        claimId: claim.id,
        customerId: claim.customerId,
        kind: 'claim_rejected',
        locale: localeOf(account),
        props: {
          reference: claimReference(claim.id),
          nicHandle: account?.nicHandle ?? claim.claimedHandle,
          recipient: recipientOf(claim),
          receivedOn: claim.receivedOn,
          decidedAt: change.nowIso,
          reason: body.rejectionReason,
          note: body.note ?? null,
          rejectedDocuments: documents
            .filter((d) => d.status === 'rejected')
            .map((d) => ({ kind: d.kind, reason: d.rejectionReason ?? 'other', note: d.rejectionNote })),
          toSendAgain: checklist(account?.legalForm ?? 'individual', documents)
            .filter((l) => l.status !== 'accepted')
            .map((l) => l.kind),
        },
      });
      return outcome;
    });

  const object = (actor: AuditActor, id: number, body: { fraudNote: string; ticketRef: string; version: number }) =>
    act(id, 'object', ({ change, claim }) =>
      transition(
        change,
        claim,
        body.version,
        'object',
        actor,
        { state: 'in_review', holdUntil: null, decidedBy: null, decidedAt: null, fraudNote: body.fraudNote },
        { reason: body.fraudNote, details: { objectionTicketRef: body.ticketRef, fraudSuspected: true } },
      ),
    );

  const apply = (actor: AuditActor, id: number, body: { version: number; overrideReason?: string }) =>
    act(id, 'apply', ({ change, claim, account }) => {
      if (!account) throw errors.unmatched();
      if (claim.holdUntil && change.nowIso < claim.holdUntil) throw errors.onHold(claim.holdUntil);
      const overridden = blocked.enforce({ action: 'email-claims.apply', customerId: account.id, actorRole: actor.role, overrideReason: body.overrideReason });
      const newPrimary = claim.newPrimaryEmail;
      // A backup the letter does not mention stays, unless it is the new primary.
      const newBackup = claim.newBackupEmail ?? (account.backupEmail === newPrimary ? null : account.backupEmail);
      const reference = claimReference(claim.id);
      const replaced = replaceEmails({
        change,
        before: account,
        expectedVersion: account.version,
        newPrimary,
        newBackup,
        newBackupRequired: newBackup === null,
        cause: 'claim',
        staffId: actor.id,
        welcome: ({ customerName }) => ({
          template: 'claim-applied',
          props: { customerName, nicHandle: account.nicHandle, reference, newPrimary, backupMissing: newBackup === null },
        }),
      });
      const outcome = transition(
        change,
        claim,
        body.version,
        'apply',
        actor,
        { state: 'applied', appliedBy: actor.id, appliedAt: change.nowIso },
        {
          details: overridden.length > 0 ? { overridden: overridden.map((b) => b.code), overrideReason: body.overrideReason } : {},
          personal: replaced.personal,
        },
      );
      letters.queue(change, {
        claimId: claim.id,
        customerId: account.id,
        kind: 'claim_approved',
        locale: localeOf(account),
        props: {
          reference,
          nicHandle: account.nicHandle,
          recipient: recipientOf(claim),
          receivedOn: claim.receivedOn,
          decidedAt: change.nowIso,
          newPrimaryEmail: newPrimary,
          newBackupEmail: newBackup,
          backupMissing: newBackup === null,
        },
      });
      return outcome;
    });

  const decideDocument = (actor: AuditActor, documentId: number, body: DocumentDecisionBody) => {
    const document = repository.documentById(documentId);
    if (!document) throw errors.documentNotFound();
    return act(document.claimId, 'decide_document', ({ change, claim }) => {
      const status = body.decision === 'accept' ? 'accepted' : 'rejected';
      repository.decideDocument({
        id: documentId,
        status,
        reason: body.decision === 'reject' ? (body.rejectionReason ?? null) : null,
        note: body.note ?? null,
        staffId: actor.id,
        now: change.nowIso,
      });
      // The decision is a step of the claim's review (it moves the claim's version and reviewer): its
      // entry targets the claim, the document named in the details, so the claim's history shows it.
      return transition(
        change,
        claim,
        claim.version,
        'decide_document',
        actor,
        { reviewedBy: actor.id, assigneeId: actor.id },
        {
          details: { documentId, kind: document.kind, decision: status, ...(body.rejectionReason ? { rejectionReason: body.rejectionReason } : {}) },
        },
      );
    });
  };

  /** Someone asks again for a letter whose rendering failed; the rendering itself happens after. */
  function retryLetter(actor: AuditActor, letterId: number): number {
    const { result } = changes.apply(() => {
      const letter = repository.letterById(letterId);
      if (!letter) throw errors.letterNotFound();
      if (letter.status === 'rendered') throw errors.letterAlreadyRendered();
      const claim = repository.findById(letter.claimId);
      repository.resetLetter(letterId);
      return {
        result: letter.claimId,
        audit: {
          actor,
          action: 'claim_letters.retry',
          targetType: 'claim_letter',
          targetId: letterId,
          customerId: letter.customerId,
          ticketRef: claim?.ticketRef ?? null,
          details: { attempts: letter.attempts, lastError: letter.lastError },
        },
      };
    });
    return result;
  }

  return {
    retryLetter,
    record,
    match,
    startReview,
    requestDocuments,
    approve,
    reject,
    object,
    apply,
    decideDocument,
    repository,
    list: (query: ListQueryOf<typeof claimListContract>) => repository.list(query),
    now: clock,
  };
}

export type EmailClaimsService = ReturnType<typeof createEmailClaimsService>;
