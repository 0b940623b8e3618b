import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/**
 * Where document bytes live. One interface so that an S3-compatible store can replace the local
 * folder: a write goes to a staging object first and only `commit` makes it visible under its key,
 * so a crash never leaves a half-written document under a real key.
 */
export interface DocumentStorage {
  /** A staging place to stream new bytes into; `commit` or `discard` it afterwards. */
  stage(): { id: string; stream: Writable; finished(): Promise<void> };
  /** Makes the staged bytes durable under a new random key and returns the key. */
  commit(stagedId: string): Promise<string>;
  discard(stagedId: string): Promise<void>;
  /** The bytes, or the inclusive byte range [start, end] of them. */
  read(key: string, range?: { start: number; end: number }): Readable;
  size(key: string): Promise<number>;
  remove(key: string): Promise<void>;
  /** Every committed key and every staged leftover: what the start-up sweep compares with the rows. */
  list(): Promise<{ keys: string[]; staged: string[] }>;
}

const randomName = () => randomBytes(18).toString('base64url');
const keyPattern = /^[A-Za-z0-9_-]{24}$/;

/** The default storage: a local folder, files named by 144 random bits, staged in `tmp/` on the same disk. */
export function createLocalDocumentStorage(root: string): DocumentStorage {
  const stagingDir = join(root, 'tmp');
  mkdirSync(stagingDir, { recursive: true });
  const staged = (id: string) => join(stagingDir, `${id}.part`);
  // Keys are ours (random), but a key that is not one must never become a path.
  const pathOf = (key: string) => {
    if (!keyPattern.test(key)) throw new Error('invalid storage key');
    return join(root, key);
  };

  async function syncFile(path: string) {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  return {
    stage() {
      const id = randomName();
      const stream = createWriteStream(staged(id), { flags: 'wx', mode: 0o600 });
      const finished = new Promise<void>((resolve, reject) => {
        stream.on('close', resolve);
        stream.on('error', reject);
      });
      // A failed upload is handled where the pipeline fails; this promise must not also be an unhandled rejection.
      finished.catch(() => {});
      return { id, stream, finished: () => finished };
    },
    async commit(stagedId) {
      const key = randomName();
      // fsync the bytes, rename (atomic on one file system), fsync the folder: the name and the
      // bytes survive a power cut together.
      await syncFile(staged(stagedId));
      await rename(staged(stagedId), pathOf(key));
      await syncFile(root);
      return key;
    },
    discard: (stagedId) => rm(staged(stagedId), { force: true }),
    read: (key, range) => createReadStream(pathOf(key), range),
    size: async (key) => (await stat(pathOf(key))).size,
    remove: (key) => rm(pathOf(key), { force: true }),
    async list() {
      const keys = (await readdir(root, { withFileTypes: true })).filter((e) => e.isFile() && keyPattern.test(e.name)).map((e) => e.name);
      const stagedFiles = (await readdir(stagingDir)).filter((name) => name.endsWith('.part')).map((name) => name.slice(0, -5));
      return { keys, staged: stagedFiles };
    },
  };
}
