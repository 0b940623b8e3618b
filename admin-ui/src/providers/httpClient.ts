import { fetchUtils, HttpError } from 'react-admin';
import { getCsrfToken } from './csrf';
import { askToReauthenticate, reauthRequiredCode } from './reauth';

/** fetchJson's answer with the parsed body as `unknown` (react-admin types it `any`): callers say what they expect. */
export interface JsonResponse {
  status: number;
  headers: Headers;
  body: string;
  json: unknown;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

async function fetchWithSession(url: string, options: fetchUtils.Options): Promise<JsonResponse> {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const method = (options.method ?? 'GET').toUpperCase();
  const csrfToken = getCsrfToken();
  if (!safeMethods.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  const response = await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
  const json: unknown = response.json;
  return { ...response, json };
}

const needsReauth = (error: unknown) =>
  error instanceof HttpError &&
  error.status === 403 &&
  typeof error.body === 'object' &&
  error.body !== null &&
  (error.body as { code?: unknown }).code === reauthRequiredCode;

/**
 * fetchJson with the session cookie and, on every state-changing request, the CSRF header.
 * Errors reject with react-admin's HttpError whose message is the server's `message` and whose
 * body carries `{ code, message, errors }`, so forms can show per-field errors.
 * A dangerous action refused for want of a recent confirmation prompts for it and is sent again once.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}): Promise<JsonResponse> {
  try {
    return await fetchWithSession(url, options);
  } catch (error) {
    if (!needsReauth(error) || !(await askToReauthenticate())) throw error;
    return fetchWithSession(url, options);
  }
}
