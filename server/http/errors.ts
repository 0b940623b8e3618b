/** The one error type the API speaks: rendered as `{ code, message, errors? }` with `status`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string, errors?: Record<string, string>) => new AppError(400, code, message, errors);
export const notFound = (code: string, message: string) => new AppError(404, code, message);
export const conflict = (code: string, message: string) => new AppError(409, code, message);

/** The record changed since the agent loaded it. */
export const staleVersion = () => conflict('request.stale_version', 'This record was changed by someone else since you opened it. Reload and try again.');
