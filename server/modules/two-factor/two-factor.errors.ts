import { AppError, conflict } from '../../http/errors.js';

export const alreadyEnrolled = () =>
  conflict('two_factor.already_enrolled', 'An authenticator app is already set up for you; an administrator can reset it if you lost it.');
export const noEnrolmentStarted = () => conflict('two_factor.not_started', 'Start the set-up again: no authenticator app is waiting for its first code.');
export const wrongEnrolmentCode = () =>
  new AppError(422, 'two_factor.wrong_code', 'That code is not right: check the clock of your phone and enter the code now shown.', { code: 'not right' });
export const notEnrolled = () => conflict('two_factor.not_enrolled', 'You have no authenticator app set up yet.');
