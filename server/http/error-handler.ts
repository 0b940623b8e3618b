import type { ErrorRequestHandler, RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { AppError } from './errors.js';
import { fieldErrors } from './validate.js';

interface ErrorBody {
  code: string;
  message: string;
  errors?: Record<string, string>;
  requestId?: string;
}

function isSqliteConstraint(error: unknown): boolean {
  return error instanceof Error && error.name === 'SqliteError' && String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT');
}

function isSqliteBusy(error: unknown): boolean {
  return error instanceof Error && error.name === 'SqliteError' && String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY');
}

/** Express body-parser and multer errors carry a `type`/`code` and a `status`. */
function describeTransportError(error: unknown): [number, ErrorBody] | null {
  if (!(error instanceof Error)) return null;
  const e = error as Error & { type?: string; code?: string; status?: number; field?: string };
  if (e.type === 'entity.parse.failed') return [400, { code: 'request.malformed_json', message: 'The request body is not valid JSON.' }];
  if (e.type === 'entity.too.large') return [413, { code: 'request.too_large', message: 'The request body is too large.' }];
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported')
    return [415, { code: 'request.unsupported_encoding', message: 'Unsupported request encoding.' }];
  if (e.name === 'MulterError') {
    if (e.code === 'LIMIT_FILE_SIZE') return [413, { code: 'upload.too_large', message: 'The file is larger than allowed.' }];
    return [400, { code: 'upload.invalid', message: `Upload refused: ${e.message}.` }];
  }
  return null;
}

export function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error, req, res, _next) => {
    let status: number;
    let body: ErrorBody;
    if (error instanceof AppError) {
      status = error.status;
      body = { code: error.code, message: error.message, ...(error.errors ? { errors: error.errors } : {}) };
    } else if (error instanceof ZodError) {
      const errors = fieldErrors(error);
      status = 400;
      body = {
        code: 'request.invalid',
        message: `Invalid input: ${Object.entries(errors)
          .map(([field, message]) => `${field}: ${message}`)
          .join('; ')}`,
        errors,
      };
    } else if (isSqliteConstraint(error)) {
      status = 409;
      body = { code: 'request.conflict', message: 'This change conflicts with existing data.' };
    } else if (isSqliteBusy(error)) {
      status = 503;
      body = { code: 'server.busy', message: 'The database is busy; try again in a moment.' };
    } else {
      const transport = describeTransportError(error);
      if (transport) {
        [status, body] = transport;
      } else {
        const requestId = randomUUID();
        status = 500;
        body = { code: 'server.error', message: `Something went wrong on our side (request ${requestId}).`, requestId };
        // Only the error's own text: never request bodies or query strings, which carry personal data.
        log(`[${requestId}] ${req.method} ${req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
    res.status(status).json(body);
  };
}

export const unknownApiRoute: RequestHandler = (req, _res, next) => {
  next(new AppError(404, 'request.unknown_route', `No API route ${req.method} ${req.path}.`));
};
