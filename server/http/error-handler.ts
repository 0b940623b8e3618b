import type { ErrorRequestHandler, RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
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

/** The 4xx status Express, its router or body-parser put on an error they raised about the request. */
function clientStatusOf(error: Error & { status?: unknown; statusCode?: unknown; expose?: unknown }): number | null {
  const status = typeof error.status === 'number' ? error.status : error.statusCode;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 499 || error.expose === false) return null;
  return status;
}

/**
 * Express body-parser and multer errors carry a `type`/`code` and a `status`. Any other error marked
 * with a client status (a path that is not valid percent-encoding, a body that does not inflate…)
 * keeps that status in our shape: it is the client's mistake, never a 500.
 */
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
  const status = clientStatusOf(e);
  if (status === null) return null;
  if (e instanceof URIError) return [status, { code: 'request.malformed_url', message: 'The URL is not valid percent-encoding.' }];
  // zlib's codes (Z_DATA_ERROR, Z_BUF_ERROR…): the body said it was compressed but is not.
  if (e.code?.startsWith('Z_')) return [status, { code: 'request.malformed_body', message: 'The request body could not be decompressed.' }];
  if (e.type === 'request.aborted') return [status, { code: 'request.aborted', message: 'The request body was cut off.' }];
  if (e.type === 'request.size.invalid') return [status, { code: 'request.malformed_body', message: 'The request body does not match its Content-Length.' }];
  // The text of these errors may quote the request; the standard phrase of the status says enough.
  return [status, { code: 'request.rejected', message: `The request was refused: ${STATUS_CODES[status] ?? 'client error'}.` }];
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
