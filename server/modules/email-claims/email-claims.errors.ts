import { AppError, conflict, notFound } from '../../http/errors.js';

export const claimNotFound = () => notFound('email_claims.not_found', 'No claim has this id.');
export const documentNotFound = () => notFound('claim_documents.not_found', 'No claim document has this id.');
export const letterNotFound = () => notFound('claim_letters.not_found', 'No claim letter has this id.');

/** The claim's state forbids the action; the message says which state it is in and what it allows. */
export const wrongState = (action: string, state: string, allowed: readonly string[]) =>
  conflict(
    'email_claims.wrong_state',
    `Cannot ${action} a claim that is ${state.replace('_', ' ')}: only when ${allowed.map((s) => s.replace('_', ' ')).join(' or ')}.`,
  );

export const unmatched = () =>
  conflict('email_claims.unmatched', 'The NIC-handle in this letter matches no account: match it to an account first, or reject the claim.');
export const alreadyMatched = () => conflict('email_claims.already_matched', 'This claim is already matched to an account.');
export const documentsIncomplete = (missing: string[]) =>
  conflict('email_claims.documents_incomplete', `Every required document must be accepted before approval. Not yet accepted: ${missing.join(', ')}.`);
export const fourEyes = (role: 'recorder' | 'reviewer') =>
  new AppError(
    409,
    'email_claims.four_eyes',
    `You ${role === 'recorder' ? 'recorded' : 'reviewed'} this claim: a second person (a lead who neither recorded nor reviewed it) must approve it.`,
  );
export const onHold = (until: string) =>
  conflict('email_claims.on_hold', `The hold period is running: the account's current addresses may object until ${until}. Apply it after that.`);
export const tooManyDocuments = (max: number) =>
  new AppError(413, 'claim_documents.too_many', `A claim holds at most ${max} documents; reject or remove some before adding more.`);
export const documentPurged = () =>
  new AppError(410, 'claim_documents.purged', 'This document was deleted after the decision (data minimisation); its fingerprint remains.');
export const letterNotReady = (status: string) => conflict('claim_letters.not_ready', `This letter is ${status}, not rendered yet.`);
export const noSuchHandle = () => new AppError(404, 'email_claims.no_such_handle', 'No account has this NIC-handle.');
export const letterAlreadyRendered = () => conflict('claim_letters.already_rendered', 'This letter is already rendered.');
