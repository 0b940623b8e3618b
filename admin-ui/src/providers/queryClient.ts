import { QueryClient } from '@tanstack/react-query';
import { HttpError } from 'react-admin';

// Only a network failure (fetch throws a TypeError) or a server error (5xx) may pass on a second
// try. A 4xx (not signed in, not allowed, unknown record, bad filter) or an auth-provider refusal
// will not change, and retrying it only delays the message by seconds.
function shouldRetry(failureCount: number, error: unknown): boolean {
  const isTransient = error instanceof TypeError || (error instanceof HttpError && error.status >= 500);
  return isTransient && failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: shouldRetry } },
});
