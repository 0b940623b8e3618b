import { AppError, badRequest, conflict, notFound } from '../../http/errors.js';

export const flagNotFound = () => notFound('flags.not_found', 'No flag with this id.');
export const flagResolved = () => conflict('flags.resolved', 'This flag is resolved: it can no longer change.');
export const badAssignee = () => badRequest('request.invalid', 'Choose an active agent or lead.', { assigneeId: 'not an active agent or lead' });
export const accountErased = () => conflict('flags.account_erased', 'This account has been erased.');
export const batchTooLarge = (max: number) => new AppError(413, 'ingest.batch_too_large', `A batch holds at most ${max} login events; split it.`);
export const notABatch = () => badRequest('ingest.not_a_batch', 'The body must be a JSON array of login events.');
