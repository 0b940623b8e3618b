import { AppError } from '../../http/errors.js';

export const linkNotValid = () =>
  new AppError(
    410,
    'staff_links.not_valid',
    'This link is no longer valid: it was already used, replaced by a newer one, or it expired. Ask your administrator for a new one.',
  );
