import { conflict, notFound } from '../../http/errors.js';

export const messageNotFound = () => notFound('messages.not_found', 'No message with this id.');
export const messageNotRetryable = () => conflict('messages.not_retryable', 'Only a message that failed to send can be retried.');
