import { AppError } from '../../http/errors.js';

export const wrongCredentials = () => new AppError(401, 'auth.invalid_credentials', 'Wrong e-mail or password.');
export const accountLocked = (minutes: number) =>
  new AppError(429, 'auth.locked', `Too many failed sign-ins: this account is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}.`);
export const tooManyAttempts = () => new AppError(429, 'auth.rate_limited', 'Too many failed sign-ins from this address; wait a few minutes and try again.');
export const reauthFailed = () => new AppError(403, 'auth.reauth_failed', 'That confirmation is not right; try again.', { password: 'not right' });
