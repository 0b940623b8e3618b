// The CSRF token comes with the session (login or /me). It lives in memory for speed and in
// sessionStorage so a reload in the same tab can send writes before /me has answered.
const storageKey = 'guichet.csrfToken';

let token: string | null = null;

export function getCsrfToken(): string | null {
  if (token === null) {
    try {
      token = sessionStorage.getItem(storageKey);
    } catch {
      token = null; // storage disabled: the token is refreshed from /me instead
    }
  }
  return token;
}

export function setCsrfToken(value: string | null): void {
  token = value;
  try {
    if (value === null) sessionStorage.removeItem(storageKey);
    else sessionStorage.setItem(storageKey, value);
  } catch {
    // storage disabled: memory is enough for this tab
  }
}
