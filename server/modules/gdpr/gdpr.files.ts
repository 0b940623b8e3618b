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

/**
 * Request files live under UPLOAD_DIR/gdpr/<request id>/. They are written completely (temporary
 * name, then rename) before the change that records them, and removed again if that change is
 * refused: a row never points to a half-written file. A file about a known customer (the Art. 15
 * report, the Art. 20 export, letters) is encrypted with that customer's key, so that erasure's key
 * destruction shreds any copy that escaped deletion (a backup, a stray file); size and SHA-256 are
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
    const sealed = customerId !== null;
    const storagePath = join('gdpr', String(requestId), `${kind}-${randomUUID()}.${extension}${sealed ? sealedSuffix : ''}`);
    const path = absolute(storagePath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.part`, sealed ? customerKeys.encrypt(customerId, bytes) : bytes);
    await rename(`${path}.part`, path);
    return { kind, storagePath, mediaType, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  /** The document's bytes; a sealed file of an erased customer answers 410 (its key is destroyed). */
  async function read(file: { storagePath: string; customerId: number | null }): Promise<Buffer> {
    const bytes = await readFile(absolute(file.storagePath));
    if (!isSealed(file.storagePath)) return bytes;
    if (file.customerId === null) throw new Error('A sealed request file has no customer.');
    return customerKeys.decrypt(file.customerId, bytes);
  }

  return {
    store,
    read,
    remove: (storagePath: string) => rm(absolute(storagePath), { force: true }),
    absolute,
  };
}

export type GdprFiles = ReturnType<typeof createGdprFiles>;
