import { AppError } from '../../http/errors.js';

export const wrongCredentials = () =>
  new AppError(401, 'auth.invalid_credentials', 'Wrong e-mail or password. After several failed tries, wait a few minutes before the next one.');
export const tooManyAttempts = () => new AppError(429, 'auth.rate_limited', 'Too many failed sign-ins from this address; wait a few minutes and try again.');
export const reauthFailed = () => new AppError(403, 'auth.reauth_failed', 'That confirmation is not right; try again.', { password: 'not right' });
