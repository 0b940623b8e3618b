import { AppError } from '../../http/errors.js';

export const wrongCredentials = () =>
  new AppError(401, 'auth.invalid_credentials', 'Wrong e-mail or password. After several failed tries, wait a few minutes before the next one.');
export const tooManyAttempts = () => new AppError(429, 'auth.rate_limited', 'Too many failed sign-ins from this address; wait a few minutes and try again.');
export const reauthFailed = (field: 'password' | 'code' = 'password') =>
  new AppError(403, 'auth.reauth_failed', 'That confirmation is not right; try again.', { [field]: 'not right' });
/** The password was right and the person has an authenticator app: the same request again with `code`. */
export const codeRequired = () => new AppError(401, 'auth.code_required', 'Enter the code from your authenticator app.', { code: 'required' });
export const wrongCode = () =>
  new AppError(401, 'auth.invalid_code', 'That code is not right, or was already used. Enter the code now shown, or a recovery code.', { code: 'not right' });
/** Enrolled people confirm with their code: a password alone does not prove who holds the session. */
export const reauthCodeRequired = () =>
  new AppError(400, 'auth.code_required', 'Enter the code from your authenticator app (or a recovery code).', { code: 'required' });
