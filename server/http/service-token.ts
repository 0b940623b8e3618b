import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestStep } from './in-sequence.js';

// Machine callers (the provider's login system) authenticate with a bearer token, never a staff
// session. Only SHA-256 digests of the tokens are configured: a copy of the configuration cannot
// be replayed. Tokens are long random strings, so a plain digest is enough (no password hashing).

export interface ServiceCaller {
  /** The first characters of the token's digest: names which token was used, in the audit log. */
  tokenId: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    service?: ServiceCaller;
  }
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** Sets `req.service` when the request carries `Authorization: Bearer <token>` for a configured token. */
export function loadServiceCaller(tokenHashes: readonly string[]): RequestStep {
  const known = tokenHashes.map((hex) => Buffer.from(hex, 'hex'));
  return (req) => {
    const header = req.headers.authorization;
    if (!header?.startsWith('Bearer ')) return;
    const digest = createHash('sha256').update(header.slice(7).trim()).digest();
    // Compare with every configured digest, always all of them, in constant time each.
    const match = known.reduce<Buffer | null>((found, candidate) => (timingSafeEqual(candidate, digest) ? candidate : found), null);
    if (match) req.service = { tokenId: match.toString('hex').slice(0, 12) };
  };
}
