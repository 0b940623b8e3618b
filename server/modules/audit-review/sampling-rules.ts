import type { ReviewSamplingConfig } from '../../config.js';

// Which agents' actions a lead reviews (SPEC §4.7): every risky one, plus a random share of the rest.
// Pure functions over facts the repository counted, so the rules are tested as a table of cases.

export const reviewReasons = ['override', 'repeat_account', 'after_hours', 'many_accounts', 'random'] as const;
export type ReviewReason = (typeof reviewReasons)[number];

/** Actions that are never queued: the review itself, and the chain's own bookkeeping. */
const notReviewed = new Set(['audit.review', 'audit.checkpoint', 'audit.checkpoint_export']);

/** A sensitive action of an agent or a lead about a customer's account. */
export function isReviewCandidate(entry: { actorRole: string | null; customerId: number | null; action: string }): boolean {
  return (entry.actorRole === 'agent' || entry.actorRole === 'lead') && entry.customerId !== null && !notReviewed.has(entry.action);
}

export interface SamplingFacts {
  at: string;
  /** The entry's chain hash: its first 32 bits are the random draw, so the sample is reproducible. */
  hash: string;
  details: Record<string, unknown>;
  /** Actions by the same person on the same account within the repeat window, this one included. */
  sameAccountActions: number;
  /** Distinct accounts the same person acted on within the burst window, this one included. */
  accountsInBurstWindow: number;
}

const isoWeekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Local hour (0-23) and ISO weekday (1 = Monday), in the team's time zone. */
export function localTime(at: string, timeZone: string): { hour: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23', weekday: 'short' }).formatToParts(new Date(at));
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? 0);
  return { hour, weekday: isoWeekdays[parts.find((part) => part.type === 'weekday')?.value ?? ''] ?? 0 };
}

export function isAfterHours(at: string, config: Pick<ReviewSamplingConfig, 'workingHours' | 'workingDays' | 'timeZone'>): boolean {
  const { hour, weekday } = localTime(at, config.timeZone);
  const isWorkingDay = weekday >= config.workingDays.first && weekday <= config.workingDays.last;
  return !isWorkingDay || hour < config.workingHours.start || hour >= config.workingHours.end;
}

/** A lead passing a lock records `overridden` (or `overrideReason`) in the entry's details. */
const isOverride = (details: Record<string, unknown>) => details.overridden !== undefined || details.overrideReason !== undefined;

export const randomDraw = (hash: string) => Number.parseInt(hash.slice(0, 8), 16) / 0x1_0000_0000;

/** Why an entry goes to the review queue; empty: it does not. */
export function reasonsToReview(facts: SamplingFacts, config: ReviewSamplingConfig): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (isOverride(facts.details)) reasons.push('override');
  if (facts.sameAccountActions >= config.repeatThreshold) reasons.push('repeat_account');
  if (isAfterHours(facts.at, config)) reasons.push('after_hours');
  if (facts.accountsInBurstWindow >= config.burstAccounts) reasons.push('many_accounts');
  if (reasons.length === 0 && randomDraw(facts.hash) < config.sampleRate) reasons.push('random');
  return reasons;
}
