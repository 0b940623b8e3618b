import { HttpError, useTranslate } from 'react-admin';

/** What the API answers on every error (server/http/errors.ts): `{ code, message, errors? }`. */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  /** Field → message, on a 400 `request.invalid`. */
  errors?: Record<string, string>;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((item) => typeof item === 'string');
}

/** The API's error behind a failed request; a network failure becomes code `network`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpError) {
    // react-admin types HttpError's fields `any`; read them as what they may really be.
    const body: unknown = error.body;
    const status = typeof error.status === 'number' ? error.status : 0;
    const message = error.message;
    if (typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string') {
      const errors = 'errors' in body && isStringRecord(body.errors) ? body.errors : undefined;
      return { status, code: body.code, message, errors };
    }
    return { status, code: `http.${status}`, message };
  }
  return { status: 0, code: 'network', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The server writes its messages in English; the UI shows them in the agent's language when
 * `guichet.server_errors.<code>` has a translation, and as the server wrote them otherwise.
 */
export function useTranslateServerMessage() {
  const translate = useTranslate();
  return ({ code, message }: { code: string; message: string }) => translate(`guichet.server_errors.${code}`, { _: message });
}
