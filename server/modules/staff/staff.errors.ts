import { AppError, conflict, notFound } from '../../http/errors.js';

export const staffNotFound = () => notFound('staff.not_found', 'No staff account with this id.');
export const emailTaken = () => new AppError(409, 'staff.email_taken', 'A staff account with this e-mail already exists.', { email: 'already used' });
export const cannotDemoteSelf = () => conflict('staff.self_lockout', 'You cannot remove your own administrator role or deactivate yourself.');
export const lastAdmin = () => conflict('staff.last_admin', 'This is the last active administrator: make someone else an administrator first.');
