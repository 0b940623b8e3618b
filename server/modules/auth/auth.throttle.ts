// Progressive delays instead of a hard lock (docs/DECISIONS.md, ASVS 5.0 §6.3): after
// LOGIN_MAX_FAILURES consecutive failures from one address on one account, that address waits 30 s,
// then 1 min, 2 min, … up to LOGIN_LOCK_MINUTES before a try counts again. Other addresses (the owner
// at their desk) are not held up by it.
const firstDelayMs = 30_000;

/** A pair's count starts over when its last failure is older than this. */
export const forgetFailuresAfterMs = 24 * 3_600_000;

export function throttleDelayMs(failures: number, { loginMaxFailures, loginLockMs }: { loginMaxFailures: number; loginLockMs: number }): number {
  if (failures < loginMaxFailures) return 0;
  return Math.min(firstDelayMs * 2 ** Math.min(failures - loginMaxFailures, 30), loginLockMs);
}
