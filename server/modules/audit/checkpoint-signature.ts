import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

// What a checkpoint signs: a fixed text naming the log's size and head hash at a moment. Anyone with
// the public key can check it (e.g. `openssl pkeyutl -verify -rawin`), without Guichet's code.
export const checkpointFormat = 'guichet-audit-checkpoint/v1';

export interface CheckpointStatement {
  createdAt: string;
  entryCount: number;
  headHash: string;
}

export const statementOf = ({ createdAt, entryCount, headHash }: CheckpointStatement) =>
  `${checkpointFormat}\nentries=${entryCount}\nhead=${headHash}\nat=${createdAt}\n`;

export function publicKeyOf(key: KeyObject): KeyObject {
  return key.type === 'private' ? createPublicKey(key) : key;
}

/** The first 16 hex digits of the SHA-256 of the public key (DER, SPKI). */
export function keyIdOf(key: KeyObject): string {
  return createHash('sha256')
    .update(publicKeyOf(key).export({ format: 'der', type: 'spki' }))
    .digest('hex')
    .slice(0, 16);
}

export const publicKeyPem = (key: KeyObject) => publicKeyOf(key).export({ format: 'pem', type: 'spki' }).toString();

export function signStatement(privateKey: KeyObject, statement: CheckpointStatement): string {
  return sign(null, Buffer.from(statementOf(statement)), privateKey).toString('base64');
}

export function isSignatureValid(publicKey: KeyObject, statement: CheckpointStatement, signature: string): boolean {
  try {
    return verify(null, Buffer.from(statementOf(statement)), publicKeyOf(publicKey), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
