import { AppError, notFound } from '../../http/errors.js';

export const wrongCurrentPassword = () =>
  new AppError(403, 'staff_self.wrong_password', 'Your current password is not right.', { currentPassword: 'not right' });
export const sessionNotFound = () => notFound('staff_self.session_not_found', 'No such open session of yours.');
