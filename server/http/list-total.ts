// Totals for Content-Range when an exact COUNT(*) would cost more than the page (docs/SEARCH.md):
// count only up to a cap past the page. Below the cap the total is exact; at the cap it is a
// lower bound (flagged with X-Total-Capped), and it grows as the user pages on.

/** Capped totals count this many rows past the page, so the pager can always offer "next". */
export const totalLookahead = 250;

/** How far a capped total counts: the page and `totalLookahead` rows past it, rounded up (a SQL literal, so few statement texts). */
export function cappedCountLimit(offset: number, limit: number): number {
  return Math.ceil((offset + limit + totalLookahead) / totalLookahead) * totalLookahead;
}

/**
 * The total without counting when the page itself tells it: a page that is not full ends the
 * list. Returns null when a count is needed.
 */
export function totalFromPage(offset: number, limit: number, rows: number): number | null {
  if (rows > 0 && rows < limit) return offset + rows;
  if (offset === 0 && rows === 0) return 0;
  return null;
}

/** A total counted up to `cap` (cappedCountLimit): exact below it, a lower bound flagged X-Total-Capped at it. */
export function cappedTotal(counted: number, cap: number): { total: number; totalIsCapped: boolean } {
  return { total: counted, totalIsCapped: counted >= cap };
}
