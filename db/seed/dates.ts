// All demo dates are offsets from one fixed instant, so the data never depends on when the
// seed runs. Formatting is hand-rolled because Date#toISOString costs an allocation per call
// and the seeder formats tens of millions of timestamps.

export const REFERENCE_DATE = '2026-11-01T00:00:00Z';
export const REFERENCE_MS = Date.parse(REFERENCE_DATE);

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const YEAR_MS = 365 * DAY_MS;

const PAD2 = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const PAD3 = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
/** `HH:MM:SS` for every second of a day. */
const TIMES_OF_DAY = Array.from({ length: 86_400 }, (_, s) => `${PAD2[Math.floor(s / 3600)]}:${PAD2[Math.floor(s / 60) % 60]}:${PAD2[s % 60]}`);
// `YYYY-MM-DD` for every day from 1990 to 2049, indexed by days since 1990-01-01.
const FIRST_DAY = Date.UTC(1990, 0, 1) / DAY_MS;
const DAY_STRINGS = Array.from({ length: 60 * 366 }, (_, n) => new Date((FIRST_DAY + n) * DAY_MS).toISOString().slice(0, 10));

function dayString(day: number): string {
  return DAY_STRINGS[day - FIRST_DAY] ?? new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DDTHH:MM:SS.sssZ`, identical to Date#toISOString for whole milliseconds. */
export function isoAt(epochMs: number): string {
  const ms = Math.floor(epochMs);
  const day = Math.floor(ms / DAY_MS);
  const msOfDay = ms - day * DAY_MS;
  const second = Math.floor(msOfDay / 1000);
  return `${dayString(day)}T${TIMES_OF_DAY[second]}.${PAD3[msOfDay - second * 1000]}Z`;
}

/** An instant `days` (may be fractional) before the reference date. */
export function daysBefore(days: number): number {
  return REFERENCE_MS - days * DAY_MS;
}
