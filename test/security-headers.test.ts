import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-app.js';

// Helmet's headers are computed once at start (server/http/security-headers.ts); every answer,
// API or UI, success or error, must still carry all of them.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const expectHelmetHeaders = (headers: Headers) => {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("style-src 'self' 'unsafe-inline'");
  expect(csp).toContain("img-src 'self' data: blob:");
  expect(csp).toContain("frame-ancestors 'self'");
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(headers.get('x-powered-by')).toBeNull();
};

describe('security headers', () => {
  it('sends helmet’s headers on an API error answer', async () => {
    const response = await fetch(`${server.baseUrl}/api/customers`);
    expect(response.status).toBe(401);
    expectHelmetHeaders(response.headers);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('sends helmet’s headers on the sign-in answer and on an unknown API route', async () => {
    const signIn = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@guichet.test', password: 'wrong' }),
    });
    expect(signIn.status).toBe(401);
    expectHelmetHeaders(signIn.headers);
    const unknown = await fetch(`${server.baseUrl}/api/no-such-thing`);
    expect(unknown.status).toBe(404);
    expectHelmetHeaders(unknown.headers);
  });
});
