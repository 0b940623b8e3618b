import type { ClaimState, DocumentKind, DocumentStatus, RejectionReason } from '../../../db/schema/email-claims.js';
import type { LegalForm } from '../../../db/schema/customers.js';

/**
 * The required proof documents by legal form (SPEC §4.4). A company, association or public body
 * proves who represents it (registration extract under 3 months + the representative's identity
 * document) instead of a holder's identity document: the holder is not a person.
 */
export function requiredDocuments(legalForm: LegalForm): DocumentKind[] {
  return legalForm === 'individual'
    ? ['holder_id', 'proof_of_address', 'signed_form']
    : ['representative_id', 'registration_extract', 'proof_of_address', 'signed_form'];
}

/** Identity documents are encrypted at rest with the customer's key (SPEC §4.4). */
export const identityKinds: readonly DocumentKind[] = ['holder_id', 'representative_id'];

export type ChecklistStatus = 'missing' | DocumentStatus;

/** One line per required kind: accepted if any document of that kind was accepted, else the latest one's status. */
export function checklist(
  legalForm: LegalForm | null,
  documents: readonly { kind: DocumentKind; status: DocumentStatus }[],
): { kind: DocumentKind; status: ChecklistStatus }[] {
  if (!legalForm) return [];
  return requiredDocuments(legalForm).map((kind) => {
    const ofKind = documents.filter((d) => d.kind === kind);
    if (ofKind.some((d) => d.status === 'accepted')) return { kind, status: 'accepted' };
    return { kind, status: ofKind.at(-1)?.status ?? 'missing' };
  });
}

/** The state machine: each action, the states it may start from and where it leads. */
export const transitions = {
  start_review: { from: ['received', 'awaiting_documents'], to: 'in_review' },
  request_documents: { from: ['in_review'], to: 'awaiting_documents' },
  approve: { from: ['in_review'], to: 'approved' },
  reject: { from: ['received', 'in_review', 'awaiting_documents'], to: 'rejected' },
  object: { from: ['approved'], to: 'in_review' },
  apply: { from: ['approved'], to: 'applied' },
  match: { from: ['received', 'in_review', 'awaiting_documents'], to: null },
  upload: { from: ['received', 'in_review', 'awaiting_documents'], to: null },
  decide_document: { from: ['in_review'], to: null },
} as const satisfies Record<string, { from: readonly ClaimState[]; to: ClaimState | null }>;
export type ClaimAction = keyof typeof transitions;

export const actionVerbs: Record<ClaimAction, string> = {
  start_review: 'start reviewing',
  request_documents: 'ask for documents on',
  approve: 'approve',
  reject: 'reject',
  object: 'record an objection on',
  apply: 'apply',
  match: 'match',
  upload: 'add documents to',
  decide_document: 'accept or reject documents of',
};

export const decidedStates: readonly ClaimState[] = ['approved', 'rejected', 'applied'];
export const isOpen = (state: ClaimState) => state !== 'rejected' && state !== 'applied';

/** Plain words for each reason, in the letters and on the screens. */
export const reasonWords: Record<RejectionReason, { en: string; fr: string }> = {
  expired: { en: 'the document has expired', fr: 'le document est expiré' },
  illegible: { en: 'the copy cannot be read', fr: 'la copie est illisible' },
  name_mismatch: { en: 'the name does not match the account holder', fr: 'le nom ne correspond pas au titulaire du compte' },
  address_mismatch: { en: 'the address does not match the account', fr: 'l’adresse ne correspond pas à celle du compte' },
  too_old: { en: 'the document is more than three months old', fr: 'le document date de plus de trois mois' },
  other: { en: 'see the note below', fr: 'voir la précision ci-dessous' },
};

export const kindWords: Record<DocumentKind, { en: string; fr: string }> = {
  holder_id: { en: "the account holder's identity document", fr: 'la pièce d’identité du titulaire du compte' },
  representative_id: { en: "the legal representative's identity document", fr: 'la pièce d’identité du représentant légal' },
  registration_extract: { en: 'a registration extract less than three months old', fr: 'un extrait d’immatriculation de moins de trois mois' },
  proof_of_address: { en: 'a proof of address matching the account address', fr: 'un justificatif de domicile correspondant à l’adresse du compte' },
  signed_form: { en: 'the signed procedure form', fr: 'le formulaire de procédure signé' },
};

/** `CLM-000042`: the reference written on letters and quoted by customers. */
export const claimReference = (id: number) => `CLM-${String(id).padStart(6, '0')}`;
