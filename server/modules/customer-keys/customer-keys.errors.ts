import { AppError } from '../../http/errors.js';

/** The customer was erased: data encrypted with their key is gone for good. */
export const customerKeyDestroyed = () =>
  new AppError(410, 'customer_keys.destroyed', 'This customer was erased: the data encrypted for them can no longer be read.');
