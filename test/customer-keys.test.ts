import { once } from 'node:events';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerKeys, customerKeyTagLength, headerLength } from '../server/modules/customer-keys/customer-keys.service.js';
import { startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const keysWith = (masterKey: Buffer) => createCustomerKeys({ database: server.database, masterKey, clock: () => new Date() });

describe('per-customer keys (envelope encryption, crypto-shredding)', () => {
  it('encrypts a value so that only the same customer’s key reads it back', () => {
    const keys = keysWith(server.config.customerKeyMasterKey);
    const [alice, bob] = [server.factories.customer(), server.factories.customer()];
    const sealed = keys.encrypt(alice.id, 'alice@example.org');
    expect(sealed.toString('latin1')).not.toContain('alice@example.org');
    expect(keys.decrypt(alice.id, sealed).toString()).toBe('alice@example.org');
    expect(() => keys.decrypt(bob.id, sealed)).toThrow();
    // The stored key is wrapped: the database alone does not hold a usable key.
    const stored = server.database.sqlite.prepare('SELECT wrapped_key FROM customer_keys WHERE customer_id = ?').pluck().get(alice.id) as string;
    expect(Buffer.from(stored, 'base64').length).toBe(12 + 16 + 32);
  });

  it('cannot unwrap a key under another master key', () => {
    const customer = server.factories.customer();
    const sealed = keysWith(server.config.customerKeyMasterKey).encrypt(customer.id, 'secret');
    expect(() => keysWith(Buffer.alloc(32, 9)).decrypt(customer.id, sealed)).toThrow();
  });

  it('streams a file through encryption and back, authenticated end to end', async () => {
    const keys = keysWith(server.config.customerKeyMasterKey);
    const customer = server.factories.customer();
    const plaintext = Buffer.alloc(3 * 1024 * 1024 + 17, 'scan');
    const stored = await buffer(Readable.from([plaintext.subarray(0, 100_000), plaintext.subarray(100_000)]).pipe(keys.encryptingStream(customer.id)));
    expect(stored.length).toBe(plaintext.length + headerLength + customerKeyTagLength);
    const read = (bytes: Buffer) => {
      const decipher = keys.decryptingStream(customer.id, bytes.subarray(0, headerLength), bytes.subarray(bytes.length - customerKeyTagLength));
      return buffer(Readable.from([bytes.subarray(headerLength, bytes.length - customerKeyTagLength)]).pipe(decipher));
    };
    expect((await read(stored)).equals(plaintext)).toBe(true);
    const tampered = Buffer.from(stored);
    tampered[headerLength + 10]! ^= 1;
    const failing = Readable.from([tampered.subarray(headerLength, tampered.length - customerKeyTagLength)]).pipe(
      keys.decryptingStream(customer.id, tampered.subarray(0, headerLength), tampered.subarray(tampered.length - customerKeyTagLength)),
    );
    failing.resume();
    const [error] = (await once(failing, 'error')) as [Error];
    expect(error.message).toMatch(/authenticate/);
  });

  it('destroys a key for good: what it encrypted is unreadable and no new key is made', () => {
    const keys = keysWith(server.config.customerKeyMasterKey);
    const customer = server.factories.customer();
    const sealed = keys.encrypt(customer.id, 'gone soon');
    keys.destroy(customer.id, new Date().toISOString());
    expect(keys.isDestroyed(customer.id)).toBe(true);
    expect(() => keys.decrypt(customer.id, sealed)).toThrow(expect.objectContaining({ status: 410, code: 'customer_keys.destroyed' }));
    expect(() => keys.encrypt(customer.id, 'new data')).toThrow(expect.objectContaining({ code: 'customer_keys.destroyed' }));
    const never = server.factories.customer();
    keys.destroy(never.id, new Date().toISOString());
    expect(() => keys.encrypt(never.id, 'x')).toThrow(expect.objectContaining({ code: 'customer_keys.destroyed' }));
  });
});
