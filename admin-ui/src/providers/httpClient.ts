import { fetchUtils } from 'react-admin';
import { getCsrfToken } from './csrf';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * fetchJson with the session cookie and, on every state-changing request, the CSRF header.
 * Errors reject with react-admin's HttpError whose message is the server's `message` and whose
 * body carries `{ code, message, errors }`, so forms can show per-field errors.
 */
export function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const method = (options.method ?? 'GET').toUpperCase();
  const csrfToken = getCsrfToken();
  if (!safeMethods.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
}
