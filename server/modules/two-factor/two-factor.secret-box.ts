import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// TOTP secrets at rest: AES-256-GCM under TOTP_ENCRYPTION_KEY, the staff id as associated data so a
// ciphertext copied onto another account does not open. A copy of the database alone yields no secret.
const version = 'v1';

export function createSecretBox(key: Buffer) {
  const associated = (staffId: number) => Buffer.from(`staff:${staffId}`, 'utf8');
  return {
    seal(staffId: number, plaintext: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(associated(staffId));
      const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [version, iv.toString('base64url'), sealed.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
    },
    open(staffId: number, stored: string): string {
      const [prefix, iv, sealed, tag] = stored.split('.');
      if (prefix !== version || !iv || !sealed || !tag) throw new Error('Unreadable TOTP secret (not sealed by this version)');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(associated(staffId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

export type SecretBox = ReturnType<typeof createSecretBox>;
