import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/config.js';

describe('configuration', () => {
  it('has working defaults in demo mode', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ demoMode: true, port: 3000, databasePath: './data/guichet.db', cookieSecure: false, smtpUrl: undefined });
  });

  const masterKey = Buffer.alloc(32, 7).toString('base64');
  const invalid: Array<[Record<string, string>, string]> = [
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SMTP_URL: 'http://mail.example' }, 'SMTP_URL'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ DEMO_PASSWORD: 'abc' }, 'DEMO_PASSWORD'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ NODE_ENV: 'production' }, 'SESSION_SECRET'],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }, 'CUSTOMER_KEY_MASTER_KEY'],
    [{ CUSTOMER_KEY_MASTER_KEY: Buffer.alloc(16).toString('base64') }, 'CUSTOMER_KEY_MASTER_KEY'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.1, not-an-address' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '99' }, 'TRUST_PROXY'],
  ];
  for (const [env, variable] of invalid) {
    it(`refuses ${JSON.stringify(env)} naming ${variable}`, () => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}:`));
    });
  }

  it("reads TRUST_PROXY as Express does: a hop count or the proxies' addresses and subnets", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, 192.168.1.0/255.255.255.0, fd00::/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.0/255.255.255.0',
      'fd00::/8',
    ]);
  });

  it('turns demo mode off and secure cookies on in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      CUSTOMER_KEY_MASTER_KEY: masterKey,
      SMTP_URL: 'smtp://mail.example:25',
    });
    expect(config).toMatchObject({ demoMode: false, cookieSecure: true, smtpUrl: 'smtp://mail.example:25' });
  });
});
