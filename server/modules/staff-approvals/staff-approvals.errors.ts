import { AppError, conflict, notFound } from '../../http/errors.js';

export const approvalNotFound = () => notFound('staff_approvals.not_found', 'No such approval request.');
export const alreadyDecided = () => conflict('staff_approvals.already_decided', 'This request was already approved or rejected.');
export const ownRequest = () => new AppError(403, 'staff_approvals.own_account', 'A request about your own account must be approved by someone else.');
export const approvalPending = () => conflict('staff_approvals.already_pending', 'The same request already waits for approval on this account.');
