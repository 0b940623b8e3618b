import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { GdprFileKind } from '../../../db/schema/gdpr.js';

export interface StoredFile {
  kind: GdprFileKind;
  storagePath: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Request files live under UPLOAD_DIR/gdpr/<request id>/. They are written completely (temporary
 * name, then rename) before the change that records them, and removed again if that change is
 * refused: a row never points to a half-written file.
 */
export function createGdprFiles(uploadDir: string) {
  const root = resolve(uploadDir);
  const absolute = (storagePath: string) => {
    const path = resolve(root, storagePath);
    if (!path.startsWith(root + sep)) throw new Error('A stored path left the upload directory.');
    return path;
  };

  async function store(requestId: number, kind: GdprFileKind, bytes: Buffer, mediaType: string): Promise<StoredFile> {
    const extension = mediaType === 'application/pdf' ? 'pdf' : 'json';
    const storagePath = join('gdpr', String(requestId), `${kind}-${randomUUID()}.${extension}`);
    const path = absolute(storagePath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.part`, bytes);
    await rename(`${path}.part`, path);
    return { kind, storagePath, mediaType, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  return {
    store,
    read: (storagePath: string) => readFile(absolute(storagePath)),
    remove: (storagePath: string) => rm(absolute(storagePath), { force: true }),
    absolute,
  };
}

export type GdprFiles = ReturnType<typeof createGdprFiles>;
