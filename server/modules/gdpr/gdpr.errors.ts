import { AppError, conflict, notFound } from '../../http/errors.js';

export const requestNotFound = () => notFound('gdpr.not_found', 'No GDPR request with this id.');
export const requestClosed = () => conflict('gdpr.closed', 'This request is already completed or refused.');
export const notInState = (action: string, status: string) => conflict('gdpr.invalid_state', `Cannot ${action} a request that is ${status.replace('_', ' ')}.`);
export const alreadyLinked = () => conflict('gdpr.already_linked', 'This request is already matched to an account.');
export const notLinked = () => conflict('gdpr.not_linked', 'Match the request to a customer account first.');
export const identityNotVerified = () =>
  conflict('gdpr.identity_not_verified', 'Verify the requester’s identity first: nothing is disclosed or erased before.');
export const identityAlreadyVerified = () => conflict('gdpr.identity_already_verified', 'The requester’s identity is already verified.');
export const methodNotEnough = (channel: string, allowed: readonly string[]) =>
  new AppError(409, 'gdpr.identity_method_insufficient', `For a request received by ${channel.replace('_', ' ')}, verify identity by: ${allowed.join(', ')}.`, {
    method: 'not proportionate to the channel',
  });
export const alreadyExtended = () => conflict('gdpr.already_extended', 'The deadline can be extended only once.');
export const extensionTooLate = (dueOn: string) =>
  conflict('gdpr.extension_too_late', `The deadline can only be extended before the first due date (${dueOn}).`);
export const wrongRight = (action: string, right: string) => conflict('gdpr.wrong_right', `Cannot ${action} for a ${right} request.`);
export const fileMissing = (what: string) => conflict('gdpr.file_missing', `Generate the ${what} before completing the request.`);
export const fileNotFound = () => notFound('gdpr.file_not_found', 'No such file on this request.');
export const notRestricted = () => conflict('gdpr.not_restricted', 'Mark the account’s processing as restricted before completing this request.');
export const receivedInFuture = () =>
  new AppError(400, 'gdpr.received_in_future', 'The date received cannot be in the future.', { receivedOn: 'in the future' });
export const confirmationMismatch = () =>
  new AppError(400, 'gdpr.confirmation_mismatch', 'Type the account’s NIC-handle exactly to confirm the erasure.', { confirmHandle: 'does not match' });
export const nothingToRectify = () =>
  new AppError(400, 'gdpr.nothing_to_rectify', 'Every value given is already the account’s: change at least one field.', { changes: 'nothing changed' });
