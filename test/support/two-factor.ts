import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';
import type { ApiClient } from './api-client.js';
import type { TestServer } from './test-app.js';

/** What an authenticator app would show for `secret` at the server's current time (RFC 6238, computed by otpauth). */
export const codeNow = (server: Pick<TestServer, 'now'>, secret: string) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp: server.now().getTime() });

/** Moves the server's clock to the next 30-second step, so that a new code is shown. */
export function nextStep(server: Pick<TestServer, 'advanceClock'>): void {
  server.advanceClock(30_000);
}

export interface Enrolment {
  secret: string;
  recoveryCodes: string[];
}

/** Enrols the signed-in person as a user would: the key from the set-up, the first code, the recovery codes kept. */
export async function enrolTwoFactor(server: TestServer, client: ApiClient): Promise<Enrolment> {
  const started = await client.post<{ secret: string; qrCode: string; uri: string }>('/api/auth/two-factor/enrolment');
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  const confirmed = await client.post<{ recoveryCodes: string[] }>('/api/auth/two-factor/enrolment/confirm', { code: codeNow(server, started.body.secret) });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  return { secret: started.body.secret, recoveryCodes: confirmed.body.recoveryCodes };
}

/** Six digits that are none of the codes the server accepts around now (a wrong code, for sure). */
export function notACode(server: Pick<TestServer, 'now'>, secret: string): string {
  const nearby = new Set(
    [-30_000, 0, 30_000].map((shift) =>
      TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp: server.now().getTime() + shift }),
    ),
  );
  for (let candidate = 0; ; candidate += 1) {
    const code = String(candidate).padStart(6, '0');
    if (!nearby.has(code)) return code;
  }
}
