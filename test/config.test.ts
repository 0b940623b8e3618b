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
  ];
  for (const [env, variable] of invalid) {
    it(`refuses ${JSON.stringify(env)} naming ${variable}`, () => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}:`));
    });
  }

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
