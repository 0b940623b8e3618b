import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { GdprFileKind } from '../../../db/schema/gdpr.js';
import type { CustomerKeys } from '../customer-keys/customer-keys.service.js';

export interface StoredFile {
  kind: GdprFileKind;
  storagePath: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** A file sealed with the customer's key: the name says so, so reading needs no other column. */
const sealedSuffix = '.enc';
export const isSealed = (storagePath: string) => storagePath.endsWith(sealedSuffix);
/** Whose key seals a file of a request not matched to an account (it keeps that key once matched). */
const requestSubject = (requestId: number) => `gdpr-request:${requestId}`;

/**
 * Request files live under UPLOAD_DIR/gdpr/<request id>/. They are written completely (temporary
 * name, then rename) before the change that records them, and removed again if that change is
 * refused: a row never points to a half-written file. A file about a known customer (the Art. 15
 * report, the Art. 20 export, letters) is encrypted with that customer's key, so that erasure's key
 * destruction shreds any copy that escaped deletion (a backup, a stray file); a file of a request
 * not matched to an account yet (a letter to an unknown requester) is encrypted with a key derived for
 * that request, so no requester's name or address is ever readable on disk. Size and SHA-256 are
 * those of the document itself, as handed to the requester.
 */
export function createGdprFiles(uploadDir: string, customerKeys: CustomerKeys) {
  const root = resolve(uploadDir);
  const absolute = (storagePath: string) => {
    const path = resolve(root, storagePath);
    if (!path.startsWith(root + sep)) throw new Error('A stored path left the upload directory.');
    return path;
  };

  async function store(input: { requestId: number; customerId: number | null; kind: GdprFileKind; bytes: Buffer; mediaType: string }): Promise<StoredFile> {
    const { requestId, customerId, kind, bytes, mediaType } = input;
    const extension = mediaType === 'application/pdf' ? 'pdf' : 'json';
    const storagePath = join('gdpr', String(requestId), `${kind}-${randomUUID()}.${extension}${sealedSuffix}`);
    const path = absolute(storagePath);
    await mkdir(dirname(path), { recursive: true });
    const sealed = customerId !== null ? customerKeys.encrypt(customerId, bytes) : customerKeys.encryptForSubject(requestSubject(requestId), bytes);
    await writeFile(`${path}.part`, sealed);
    await rename(`${path}.part`, path);
    return { kind, storagePath, mediaType, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  /** The document's bytes; a sealed file of an erased customer answers 410 (its key is destroyed). */
  async function read(file: { storagePath: string; customerId: number | null; requestId: number }): Promise<Buffer> {
    const bytes = await readFile(absolute(file.storagePath));
    if (!isSealed(file.storagePath)) return bytes; // written before unmatched requests' files were sealed
    return file.customerId !== null ? customerKeys.decrypt(file.customerId, bytes) : customerKeys.decryptForSubject(requestSubject(file.requestId), bytes);
  }

  return {
    store,
    read,
    remove: (storagePath: string) => rm(absolute(storagePath), { force: true }),
    absolute,
  };
}

export type GdprFiles = ReturnType<typeof createGdprFiles>;
