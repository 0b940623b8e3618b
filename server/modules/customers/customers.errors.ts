import { notFound } from '../../http/errors.js';

export const customerNotFound = () => notFound('customers.not_found', 'No customer with this id.');
export const noExactMatch = () => notFound('customers.no_exact_match', 'No account has exactly this NIC-handle, customer code or e-mail.');
