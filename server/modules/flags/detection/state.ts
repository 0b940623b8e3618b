import type { LoginResult } from '../../../../db/schema/activity.js';
import { loginResults } from '../../../../db/schema/activity.js';
import { detectFromLogins, type Detection, type DetectionThresholds, type RuleEvent } from './rules.js';

// Incremental detection (issue 11's ingestion figure). The login rules only ever look back a
// bounded way from an event: successes in the last N days (one per country is enough), the last
// located success (impossible travel pairs neighbours), the last N-1 failures within M minutes. So
// once every event of an account up to `newestAt` has been evaluated, these few "reference" events
// stand for its whole history, and running the same pure rules on references + newer events finds
// exactly what the rules would find on the full history for those newer events (test/detection-state.test.ts).
// An event not newer than `newestAt` (arriving out of order) may change what was found for events
// after it: the caller then reads the history around the batch instead, as before.

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface DetectionState {
  /** The thresholds the references were kept for: a state kept for other thresholds is rebuilt. */
  basis: string;
  /** Event time of the newest event evaluated, epoch ms. */
  newestAt: number;
  references: RuleEvent[];
}

export const stateBasis = ({ newCountryLookbackDays, burstFailures, burstWindowMinutes }: DetectionThresholds) =>
  `${newCountryLookbackDays}d;${burstFailures}/${burstWindowMinutes}m`;

const byTime = (a: RuleEvent, b: RuleEvent) => a.at - b.at || a.id - b.id;

/**
 * The few events of `events` (every evaluated event, or a previous state's references plus newer
 * events) the rules can still need for events after `newestAt`. References never count as new
 * devices (they are not evidence of the new-country rule again) and keep coordinates only for the
 * last located success (the only one impossible travel compares with). Order-independent: the same
 * events give the same references whatever order they came in.
 */
export function keepReferences(events: readonly RuleEvent[], newestAt: number, thresholds: DetectionThresholds): RuleEvent[] {
  // The same event may come twice (a reference and its row in the history): the located copy wins.
  const unique = new Map<number, RuleEvent>();
  for (const event of events) if (!unique.has(event.id) || event.latitude !== null) unique.set(event.id, event);
  const sorted = [...unique.values()].sort(byTime);
  const seenSince = newestAt - thresholds.newCountryLookbackDays * DAY_MS;
  const failingSince = newestAt - thresholds.burstWindowMinutes * MINUTE_MS;
  const lastByCountry = new Map<string, RuleEvent>();
  let lastLocated: RuleEvent | null = null;
  const failures: RuleEvent[] = [];
  for (const event of sorted) {
    if (event.result !== 'success') {
      if (event.at >= failingSince) failures.push(event);
      continue;
    }
    if (event.at >= seenSince) lastByCountry.set(event.country, event);
    if (event.latitude !== null && event.longitude !== null) lastLocated = event;
  }
  const kept = new Map<number, RuleEvent>();
  for (const event of lastByCountry.values()) kept.set(event.id, { ...event, isNewDevice: false, latitude: null, longitude: null });
  if (lastLocated) kept.set(lastLocated.id, { ...lastLocated, isNewDevice: false });
  for (const event of failures.slice(Math.max(0, failures.length - (thresholds.burstFailures - 1)))) kept.set(event.id, { ...event, isNewDevice: false });
  return [...kept.values()].sort(byTime);
}

/**
 * The login rules for `fresh` events against a state, and the state that follows; null when the
 * state cannot answer (kept for other thresholds, or an event not newer than its newest).
 */
export function detectAfterState(
  state: DetectionState,
  fresh: readonly RuleEvent[],
  thresholds: DetectionThresholds,
): { detections: Detection[]; state: DetectionState } | null {
  if (state.basis !== stateBasis(thresholds)) return null;
  let newestAt = state.newestAt;
  for (const event of fresh) {
    if (event.at <= state.newestAt) return null;
    if (event.at > newestAt) newestAt = event.at;
  }
  const events = [...state.references, ...fresh];
  return { detections: detectFromLogins(events, thresholds), state: nextState(events, newestAt, thresholds) };
}

export const nextState = (events: readonly RuleEvent[], newestAt: number, thresholds: DetectionThresholds): DetectionState => ({
  basis: stateBasis(thresholds),
  newestAt,
  references: keepReferences(events, newestAt, thresholds),
});

type StoredReference = [number, number, string, number, number | null, number | null];

/** The stored form: positional JSON, one small array per reference. */
export const encodeReferences = (references: readonly RuleEvent[]) =>
  JSON.stringify(references.map((e): StoredReference => [e.id, e.at, e.country, loginResults.indexOf(e.result), e.latitude, e.longitude]));

export const decodeReferences = (text: string): RuleEvent[] =>
  (JSON.parse(text) as StoredReference[]).map(([id, at, country, result, latitude, longitude]) => ({
    id,
    at,
    country,
    result: loginResults[result] as LoginResult,
    isNewDevice: false,
    latitude,
    longitude,
  }));
