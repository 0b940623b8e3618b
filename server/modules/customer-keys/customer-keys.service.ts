import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, type CipherGCM, type DecipherGCM } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import type { Database_ } from '../../../db/client.js';
import { customerKeyDestroyed } from './customer-keys.errors.js';
import { createCustomerKeysRepository } from './customer-keys.repository.js';

// Envelope encryption: each customer's data is encrypted with that customer's own random data key
// (AES-256-GCM); the data key is stored only wrapped under the master key from configuration.
// destroy() drops the wrapped key inside the erasure's change: every ciphertext made with it is then
// noise, wherever copies of it went (backups included). That is how erasure reaches the audit log's
// personal values and stored identity documents without rewriting them.

const formatVersion = 1;
const ivLength = 12;
const tagLength = 16;
/** version ‖ iv, before the ciphertext; the GCM tag follows it. */
export const headerLength = 1 + ivLength;

export function createCustomerKeys({ database, masterKey, clock }: { database: Database_; masterKey: Buffer; clock: () => Date }) {
  if (masterKey.length !== 32) throw new Error('The customer-key master key must be 32 bytes.');
  const repository = createCustomerKeysRepository(database);
  const aad = (customerId: number) => Buffer.from(`guichet-customer-key:${customerId}`);

  function wrap(customerId: number, dataKey: Buffer): string {
    const iv = randomBytes(ivLength);
    const cipher = createCipheriv('aes-256-gcm', masterKey, iv).setAAD(aad(customerId));
    const sealed = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
  }

  function unwrap(customerId: number, wrapped: string): Buffer {
    const bytes = Buffer.from(wrapped, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', masterKey, bytes.subarray(0, ivLength)).setAAD(aad(customerId));
    decipher.setAuthTag(bytes.subarray(ivLength, ivLength + tagLength));
    return Buffer.concat([decipher.update(bytes.subarray(ivLength + tagLength)), decipher.final()]);
  }

  /** The customer's data key, created on first use (one idempotent INSERT, safe inside or outside a change). */
  function dataKeyFor(customerId: number): Buffer {
    const existing = repository.find(customerId);
    if (existing) {
      if (!existing.wrappedKey) throw customerKeyDestroyed();
      return unwrap(customerId, existing.wrappedKey);
    }
    repository.insertIfAbsent(customerId, wrap(customerId, randomBytes(32)), clock().toISOString());
    return dataKeyFor(customerId);
  }

  function cipherWith(key: Buffer): { header: Buffer; cipher: CipherGCM } {
    const iv = randomBytes(ivLength);
    return { header: Buffer.concat([Buffer.from([formatVersion]), iv]), cipher: createCipheriv('aes-256-gcm', key, iv) };
  }

  function decipherWith(key: Buffer, header: Buffer): DecipherGCM {
    if (header[0] !== formatVersion) throw new Error('Unknown ciphertext format.');
    return createDecipheriv('aes-256-gcm', key, header.subarray(1, headerLength));
  }

  const cipherFor = (customerId: number) => cipherWith(dataKeyFor(customerId));
  const decipherFor = (customerId: number, header: Buffer) => decipherWith(dataKeyFor(customerId), header);

  function seal({ header, cipher }: { header: Buffer; cipher: CipherGCM }, plaintext: Buffer | string): Buffer {
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([header, body, cipher.getAuthTag()]);
  }

  function open(key: Buffer, sealed: Buffer): Buffer {
    const decipher = decipherWith(key, sealed.subarray(0, headerLength));
    decipher.setAuthTag(sealed.subarray(sealed.length - tagLength));
    return Buffer.concat([decipher.update(sealed.subarray(headerLength, sealed.length - tagLength)), decipher.final()]);
  }

  /**
   * The key of data that belongs to no customer yet (an unmatched GDPR request's letters): derived from
   * the master key for that one subject (HKDF-SHA256), so it is stored nowhere and is as safe as the
   * customers' wrapped keys. It cannot be shredded; there is no account to erase.
   */
  const subjectKey = (subject: string) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `guichet-subject-key:${subject}`, 32));

  return {
    /** header ‖ ciphertext ‖ tag, for values small enough to hold in memory (audit personal values). */
    encrypt: (customerId: number, plaintext: Buffer | string): Buffer => seal(cipherFor(customerId), plaintext),
    decrypt: (customerId: number, sealed: Buffer): Buffer => open(dataKeyFor(customerId), sealed),
    /** The same format under a subject's derived key (see subjectKey): for data not tied to a customer yet. */
    encryptForSubject: (subject: string, plaintext: Buffer | string): Buffer => seal(cipherWith(subjectKey(subject)), plaintext),
    decryptForSubject: (subject: string, sealed: Buffer): Buffer => open(subjectKey(subject), sealed),
    /** A stream that turns plaintext into header ‖ ciphertext ‖ tag: files are encrypted as they arrive. */
    encryptingStream(customerId: number): Transform {
      const { header, cipher } = cipherFor(customerId);
      let started = false;
      return new Transform({
        transform(chunk: Buffer, _encoding, done: TransformCallback) {
          if (!started) {
            started = true;
            this.push(header);
          }
          done(null, cipher.update(chunk));
        },
        flush(done: TransformCallback) {
          if (!started) this.push(header);
          this.push(cipher.final());
          done(null, cipher.getAuthTag());
        },
      });
    },
    /**
     * Deciphers a stored stream. GCM authenticates at the end: the caller passes the tag (the last 16
     * bytes of the stored file, read first) and streams the bytes between header and tag through this.
     */
    decryptingStream(customerId: number, header: Buffer, tag: Buffer): DecipherGCM {
      const decipher = decipherFor(customerId, header);
      decipher.setAuthTag(tag);
      return decipher;
    },
    isDestroyed: (customerId: number) => repository.find(customerId)?.wrappedKey === null,
    /** Crypto-shredding. Call inside the erasure's change. */
    destroy(customerId: number, nowIso: string): void {
      repository.destroy(customerId, nowIso);
    },
  };
}

export const customerKeyTagLength = tagLength;
export type CustomerKeys = ReturnType<typeof createCustomerKeys>;
