import { benchPassword } from './config.js';

export type Role = 'agent' | 'lead';

export interface Session {
  cookie: string;
}

/** A real sign-in through POST /api/auth/login: the session cookie the browser would hold. */
export async function signIn(baseUrl: string, role: Role): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${role}@guichet.test`, password: benchPassword }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || !cookie) throw new Error(`Sign-in as ${role} failed: ${response.status} ${await response.text()}`);
  return { cookie };
}
