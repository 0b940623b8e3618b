import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler } from 'express';
import multer from 'multer';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../http/errors.js';
import type { DocumentStorage } from './document-storage.js';

/** The types a scan may have, decided from its bytes (never from its name or the browser's claim). */
export const acceptedTypes = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;
export type AcceptedType = keyof typeof acceptedTypes;

/** What the staging engine learnt about one uploaded file while streaming it. */
export interface StagedUpload {
  stagedId: string;
  originalName: string;
  sizeBytes: number;
  sha256: string;
  detectedType: string | undefined;
  /** Stored encrypted with this customer's key (identity documents). */
  encryptedFor: number | null;
}

/**
 * Which customer's key encrypts the file this request is uploading, or null for none. Called when a
 * file starts, so the form's `kind` field must come before its files (the UI sends it first).
 */
export type EncryptionChoice = (req: Request) => { customerId: number | null; encrypt: (customerId: number) => Transform };

// file-type needs at most this many leading bytes to recognise any format it knows.
const sniffBytes = 4100;

/**
 * A multer storage engine that streams each file into the storage's staging area while hashing
 * it and keeping only its first 4 kB (to decide the type): memory stays flat whatever the size.
 * Nothing is committed here; the route commits the staged files and writes their rows.
 */
function stagingEngine(storage: DocumentStorage, encryption: EncryptionChoice): multer.StorageEngine {
  return {
    _handleFile(req, file, callback) {
      let choice: ReturnType<EncryptionChoice>;
      try {
        choice = encryption(req);
      } catch (error) {
        file.stream.resume();
        return callback(error);
      }
      const staged = storage.stage();
      const hash = createHash('sha256');
      const head: Buffer[] = [];
      let headLength = 0;
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          if (headLength < sniffBytes) {
            head.push(chunk);
            headLength += chunk.length;
          }
          done(null, chunk);
        },
      });
      const stages = choice.customerId === null ? [tap] : [tap, choice.encrypt(choice.customerId)];
      pipeline([file.stream, ...stages, staged.stream])
        .then(() => staged.finished())
        .then(async () => {
          const type = await fileTypeFromBuffer(Buffer.concat(head).subarray(0, sniffBytes));
          const info: StagedUpload = {
            stagedId: staged.id,
            originalName: file.originalname,
            sizeBytes: size,
            sha256: hash.digest('hex'),
            detectedType: type?.mime,
            encryptedFor: choice.customerId,
          };
          callback(null, info as unknown as Partial<Express.Multer.File>);
        })
        .catch(async (error: unknown) => {
          await storage.discard(staged.id);
          callback(error instanceof Error ? error : new Error(String(error)));
        });
    },
    _removeFile(_req, file, callback) {
      storage.discard((file as unknown as StagedUpload).stagedId).then(
        () => callback(null),
        (error: Error) => callback(error),
      );
    },
  };
}

/** The upload parser: limits from configuration, multer's errors turned into the API's own. */
export function documentUpload(storage: DocumentStorage, limits: { maxBytes: number; maxFiles: number }, encryption: EncryptionChoice): RequestHandler {
  const parse = multer({
    storage: stagingEngine(storage, encryption),
    limits: { fileSize: limits.maxBytes, files: limits.maxFiles, fields: 5, fieldSize: 1024, parts: limits.maxFiles + 5 },
  }).array('files', limits.maxFiles);
  const megabytes = (limits.maxBytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
  return (req, res, next) => {
    parse(req, res, (error: unknown) => {
      if (!error) return next();
      const code = (error as { code?: string }).code;
      if (code === 'LIMIT_FILE_SIZE')
        return next(new AppError(413, 'claim_documents.too_large', `Each file may be at most ${megabytes} MB (${limits.maxBytes} bytes).`));
      if (code === 'LIMIT_FILE_COUNT' || code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_PART_COUNT')
        return next(new AppError(413, 'claim_documents.too_many', `Send at most ${limits.maxFiles} files, in the "files" field.`));
      if ((error as { name?: string }).name === 'MulterError') return next(new AppError(400, 'claim_documents.invalid_upload', 'The upload is malformed.'));
      next(error);
    });
  };
}

export const stagedFilesOf = (req: Request) => (req.files as unknown as StagedUpload[] | undefined) ?? [];

/** A name fit to show (never used as a path): no folders, no control characters, bounded. */
export function displayName(original: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 120);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'document' : cleaned;
}
