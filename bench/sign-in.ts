import { benchPassword } from './config.js';

export type Role = 'agent' | 'lead';

export interface Session {
  cookie: string;
  /** Echoed in X-CSRF-Token by every state-changing request of this session. */
  csrfToken: string;
}

/**
 * A real sign-in through POST /api/auth/login: the session cookie the browser would hold. Every
 * sign-in revokes the account's previous session, so two servers signed in at once on the same
 * database use two accounts (`agent1@guichet.test`… are the bench's support team).
 */
export async function signIn(baseUrl: string, who: Role | { email: string }): Promise<Session> {
  const email = typeof who === 'string' ? `${who}@guichet.test` : who.email;
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: benchPassword }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || !cookie) throw new Error(`Sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
