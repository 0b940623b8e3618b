import type { AuthProvider, UserIdentity } from 'react-admin';
import { HttpError } from 'react-admin';
import { canAccessWith } from './access';
import { setCsrfToken } from './csrf';
import { apiUrl } from './dataProvider';
import { httpClient } from './httpClient';
import type { profileOf } from '../../../server/modules/auth/auth.service';

/** What /api/auth/me answers: the staff member, their role's permissions and the CSRF token. */
export type SignedInStaff = ReturnType<typeof profileOf>;

export interface Credentials {
  email: string;
  password: string;
  /** The authenticator (or recovery) code, once the server asked for it (auth.code_required). */
  code?: string;
}

export interface LoginParams extends Credentials {
  /** Where the sign-in page was reached from (react-admin's `nextPathname`), if anywhere. */
  nextPath?: string;
}

// The session lives in an httpOnly cookie the UI cannot read, so "am I signed in" is asked of
// /api/auth/me once per page load and then remembered until sign-out or a 401.
let current: SignedInStaff | null = null;
let pendingMe: Promise<SignedInStaff | null> | null = null;

function remember(staff: SignedInStaff | null): SignedInStaff | null {
  current = staff;
  setCsrfToken(staff?.csrfToken ?? null);
  return staff;
}

function fetchMe(): Promise<SignedInStaff | null> {
  pendingMe ??= httpClient(`${apiUrl}/auth/me`)
    .then(({ json }) => remember(json as SignedInStaff))
    .catch((error: unknown) => {
      if (error instanceof HttpError && error.status === 401) return remember(null);
      throw error;
    })
    .finally(() => {
      pendingMe = null;
    });
  return pendingMe;
}

/** Asks the server again who is signed in (after setting up 2FA, the session reaches the console). */
export function refreshStaff(): Promise<SignedInStaff | null> {
  current = null;
  return fetchMe();
}

/** The signed-in person as last known, without a request (null when signed out or not yet known). */
export const currentStaff = (): SignedInStaff | null => current;

async function signedIn(): Promise<SignedInStaff | null> {
  // When signed out, ask the server every time rather than answer "no" from memory: an answer
  // with no delay makes react-admin's requireAuth redirect loop (LogoutOnMount re-running on
  // every navigation, thousands of times) before the sign-in page settles.
  return current ?? fetchMe();
}

/**
 * Back to the page the session expired on, unless whoever signs in now may not see it (the
 * previous user of this desk had another role): then the dashboard.
 */
function landingPath(staff: SignedInStaff | null, nextPath: string | undefined): string {
  const resource = nextPath?.split('/')[1];
  if (!staff || !nextPath || !resource || resource === 'login') return '/';
  return canAccessWith(staff.permissions, { resource, action: 'list' }) ? nextPath : '/';
}

export const authProvider: AuthProvider = {
  async login({ email, password, code, nextPath }: LoginParams) {
    // Errors keep the server's message (wrong credentials, locked account, too many attempts).
    const { json } = await httpClient(`${apiUrl}/auth/login`, {
      method: 'POST',
      body: JSON.stringify(code ? { email, password, code } : { email, password }),
    });
    const staff = remember(json as SignedInStaff);
    // 2FA enforced and not set up yet: the session reaches only the set-up, on My account.
    if (staff?.mustEnrolTwoFactor) return { redirectTo: '/my-account' };
    return { redirectTo: landingPath(staff, nextPath) };
  },

  async logout() {
    if (current) {
      try {
        await httpClient(`${apiUrl}/auth/logout`, { method: 'POST' });
      } catch {
        // the session may already be gone server-side; signing out locally is what matters
      }
    }
    remember(null);
  },

  async checkAuth() {
    // Not being signed in on arrival is normal: go to the sign-in page without an error toast
    // (react-admin skips the notification when `message` is false).
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-admin's checkAuth contract is a plain `{ message: false }`, not an Error
    if (!(await signedIn())) throw { message: false };
  },

  checkError(error: unknown) {
    if (error instanceof HttpError && error.status === 401) {
      remember(null);
      return Promise.reject(new Error('guichet.auth.session_ended'));
    }
    // 403 means "not for you", not "signed out": stay and let the notification explain.
    return Promise.resolve();
  },

  async getIdentity(): Promise<UserIdentity> {
    const staff = await signedIn();
    if (!staff) throw new Error('ra.auth.auth_check_error');
    return { id: staff.id, fullName: staff.displayName, email: staff.email, role: staff.role };
  },

  async getPermissions() {
    return (await signedIn())?.permissions ?? [];
  },

  async canAccess({ resource, action }) {
    const staff = await signedIn();
    return staff !== null && canAccessWith(staff.permissions, { resource, action });
  },
};
