// The server answers 403 `auth.reauth_required` on its most dangerous actions when the session has
// not confirmed the password (or code) for a few minutes. The request layer asks the dialog mounted
// in the layout to prompt, then retries the request once; several requests waiting at once share
// one prompt.
export const reauthRequiredCode = 'auth.reauth_required';

type Prompt = () => Promise<boolean>;

let prompt: Prompt | null = null;
let pending: Promise<boolean> | null = null;

/** The dialog registers itself; the returned function unregisters it. */
export function registerReauthPrompt(show: Prompt): () => void {
  prompt = show;
  return () => {
    if (prompt === show) prompt = null;
  };
}

/** Resolves true once the person confirmed, false if they cancelled or no dialog is mounted. */
export function askToReauthenticate(): Promise<boolean> {
  if (!prompt) return Promise.resolve(false);
  pending ??= prompt().finally(() => {
    pending = null;
  });
  return pending;
}
