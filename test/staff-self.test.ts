import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { createFactories } from './support/factories.js';
import { demoPassword, startTestServer, type TestServer } from './support/test-app.js';
import { anyString } from './support/matchers.js';

let server: TestServer;
let factories: ReturnType<typeof createFactories>;
beforeAll(async () => {
  server = await startTestServer();
  factories = createFactories(server.database);
});
afterAll(() => server.close());

interface OwnSession {
  id: string;
  isCurrent: boolean;
  device: string | null;
  clientAddress: string | null;
  createdAt: string;
  lastSeenAt: string;
}

const firefoxOnWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const safariOnIphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

async function signedIn(email: string, password = demoPassword): Promise<ApiClient> {
  const client = new ApiClient(server.baseUrl);
  expect((await client.signIn(email, password)).status).toBe(200);
  return client;
}

describe('staff self-service', () => {
  it('changes the own password with the current one, ending every other session but this one', async () => {
    const member = await factories.staffMember({ role: 'agent' });
    const desk = await signedIn(member.email);
    const laptop = await signedIn(member.email);
    const changed = await desk.post('/api/auth/password', { currentPassword: demoPassword, newPassword: 'my-new-own-password' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ otherSessionsEnded: 1 });
    expect((await desk.get('/api/auth/me')).status).toBe(200);
    expect((await laptop.get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(server.baseUrl).signIn(member.email)).status).toBe(401);
    expect((await new ApiClient(server.baseUrl).signIn(member.email, 'my-new-own-password')).status).toBe(200);
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const member = await factories.staffMember({ role: 'lead' });
    const client = await signedIn(member.email);
    const refused = await client.post('/api/auth/password', { currentPassword: 'not-the-password', newPassword: 'another-long-password' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'staff_self.wrong_password', errors: { currentPassword: anyString } });
    expect((await new ApiClient(server.baseUrl).signIn(member.email)).status).toBe(200);
  });

  it('lists the own open sessions and ends one of them, never someone else’s', async () => {
    const member = await factories.staffMember({ role: 'compliance' });
    const other = await factories.staffMember({ role: 'agent' });
    const here = await signedIn(member.email);
    const there = await signedIn(member.email);
    const stranger = await signedIn(other.email);
    const { body: sessions } = await here.get<OwnSession[]>('/api/auth/sessions');
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session) => session.isCurrent)).toHaveLength(1);
    const otherSession = sessions.find((session) => !session.isCurrent)!;
    expect((await stranger.post(`/api/auth/sessions/${otherSession.id}/end`)).status).toBe(404);
    expect((await there.get('/api/auth/me')).status).toBe(200);
    expect((await here.post(`/api/auth/sessions/${otherSession.id}/end`)).status).toBe(204);
    expect((await there.get('/api/auth/me')).status).toBe(401);
    expect((await here.get<OwnSession[]>('/api/auth/sessions')).body).toHaveLength(1);
  });

  it('says which browser, system and address each session was opened from', async () => {
    const member = await factories.staffMember({ role: 'agent' });
    const desk = new ApiClient(server.baseUrl);
    expect((await desk.request('POST', '/api/auth/login', { email: member.email, password: demoPassword }, { 'user-agent': firefoxOnWindows })).status).toBe(
      200,
    );
    const phone = new ApiClient(server.baseUrl);
    expect((await phone.request('POST', '/api/auth/login', { email: member.email, password: demoPassword }, { 'user-agent': safariOnIphone })).status).toBe(
      200,
    );
    const script = new ApiClient(server.baseUrl);
    expect((await script.request('POST', '/api/auth/login', { email: member.email, password: demoPassword }, { 'user-agent': 'curl/8.5.0' })).status).toBe(200);

    const { body: sessions } = await desk.get<OwnSession[]>('/api/auth/sessions');
    expect(sessions.map(({ device, isCurrent }) => ({ device, isCurrent }))).toEqual(
      expect.arrayContaining([
        { device: 'Firefox 133 on Windows 10', isCurrent: true },
        { device: 'Safari 17 on iOS 17', isCurrent: false },
        { device: null, isCurrent: false }, // not a browser: said as unknown, never guessed
      ]),
    );
    // The test client connects over loopback: the address the server saw, whole (not the /56 the limiter keys).
    for (const session of sessions) expect(session.clientAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    for (const session of sessions) expect(session.lastSeenAt >= session.createdAt).toBe(true);
    // The raw User-Agent stays on the server.
    expect(JSON.stringify(sessions)).not.toContain('Mozilla');
  });
});
