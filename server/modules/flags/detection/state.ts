import type { LoginResult } from '../../../../db/schema/activity.js';
import { loginResults } from '../../../../db/schema/activity.js';
import { byTime, detectFromLogins, type Detection, type DetectionThresholds, type RuleEvent } from './rules.js';

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

/** Oldest first with no event twice (a repeat would sit next to itself): the usual batch, as it comes. */
function strictlyChronological(events: readonly RuleEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (byTime(events[i - 1] as RuleEvent, events[i] as RuleEvent) >= 0) return false;
  return true;
}

/** The same event may come twice (a reference and its row in the history): the located copy wins. */
function uniqueChronological(events: readonly RuleEvent[]): RuleEvent[] {
  const unique = new Map<number, RuleEvent>();
  for (const event of events) if (!unique.has(event.id) || event.latitude !== null) unique.set(event.id, event);
  return [...unique.values()].sort(byTime);
}

/** An event as a reference: never a new device, coordinates only when kept; one already so is reused (most, batch after batch). */
function asReference(event: RuleEvent, withPlace: boolean): RuleEvent {
  const placeless = event.latitude === null && event.longitude === null;
  if (!event.isNewDevice && (withPlace || placeless)) return event;
  return withPlace ? { ...event, isNewDevice: false } : { ...event, isNewDevice: false, latitude: null, longitude: null };
}

/**
 * The few events of `events` (every evaluated event, or a previous state's references plus newer
 * events) the rules can still need for events after `newestAt`. References never count as new
 * devices (they are not evidence of the new-country rule again) and keep coordinates only for the
 * last located success (the only one impossible travel compares with). Order-independent: the same
 * events give the same references whatever order they came in.
 */
export function keepReferences(events: readonly RuleEvent[], newestAt: number, thresholds: DetectionThresholds): RuleEvent[] {
  const sorted = strictlyChronological(events) ? events : uniqueChronological(events);
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
  if (lastLocated) kept.set(lastLocated.id, asReference(lastLocated, true));
  for (const event of lastByCountry.values()) if (event !== lastLocated) kept.set(event.id, asReference(event, false));
  // A failure's place plays no part in any rule: its coordinates are not kept.
  for (const event of failures.slice(Math.max(0, failures.length - (thresholds.burstFailures - 1)))) kept.set(event.id, asReference(event, false));
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

// The stored form is binary and small: every batch rewrites the state of each of its accounts, and each
// byte of it is written to the WAL and then checkpointed into the database (issue 11's ingestion figure).
// Per reference: id and event time as 48-bit integers, the country's two letters, the result's index
// with a high bit when coordinates follow, then latitude and longitude as doubles (the exact values:
// impossible travel must compute the same distance as from the stored event).
const referenceBytes = 15;
const coordinateBytes = 16;
const locatedBit = 0x80;
const hasCoordinates = (event: RuleEvent) => event.latitude !== null && event.longitude !== null;

const TWO_32 = 2 ** 32;
const A = 65;
const Z = 90;
const isCapital = (code: number) => code >= A && code <= Z;

// 48-bit integers as a 32-bit low part and a 16-bit high part (the generic writeUIntLE(…, 6) is several
// times slower, and 1,000 states are written a batch); the high part is signed for event times.
function writeInt48(bytes: Buffer, value: number, offset: number, signed: boolean): void {
  bytes.writeUInt32LE(value >>> 0, offset);
  const high = Math.floor(value / TWO_32);
  if (signed) bytes.writeInt16LE(high, offset + 4);
  else bytes.writeUInt16LE(high, offset + 4);
}
const readInt48 = (bytes: Buffer, offset: number, signed: boolean) =>
  (signed ? bytes.readInt16LE(offset + 4) : bytes.readUInt16LE(offset + 4)) * TWO_32 + bytes.readUInt32LE(offset);

export function encodeReferences(references: readonly RuleEvent[]): Buffer {
  let size = 0;
  for (const event of references) size += referenceBytes + (hasCoordinates(event) ? coordinateBytes : 0);
  // Every byte is written below: no need to zero the buffer first.
  const stored = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const event of references) {
    // Countries are ISO 3166-1 alpha-2 codes (validated at ingestion, as in the demo data).
    const first = event.country.charCodeAt(0);
    const second = event.country.charCodeAt(1);
    if (event.country.length !== 2 || !isCapital(first) || !isCapital(second)) throw new Error(`login event ${event.id}: country is not a two-letter code`);
    const located = hasCoordinates(event);
    writeInt48(stored, event.id, offset, false);
    writeInt48(stored, event.at, offset + 6, true);
    stored[offset + 12] = first;
    stored[offset + 13] = second;
    stored[offset + 14] = loginResults.indexOf(event.result) | (located ? locatedBit : 0);
    offset += referenceBytes;
    if (located) {
      stored.writeDoubleLE(event.latitude as number, offset);
      stored.writeDoubleLE(event.longitude as number, offset + 8);
      offset += coordinateBytes;
    }
  }
  return stored;
}

export function decodeReferences(bytes: Buffer): RuleEvent[] {
  const references: RuleEvent[] = [];
  for (let offset = 0; offset < bytes.length;) {
    const code = bytes[offset + 14] as number;
    const located = (code & locatedBit) !== 0;
    references.push({
      id: readInt48(bytes, offset, false),
      at: readInt48(bytes, offset + 6, true),
      country: String.fromCharCode(bytes[offset + 12] as number, bytes[offset + 13] as number),
      result: loginResults[code & ~locatedBit] as LoginResult,
      isNewDevice: false,
      latitude: located ? bytes.readDoubleLE(offset + referenceBytes) : null,
      longitude: located ? bytes.readDoubleLE(offset + referenceBytes + 8) : null,
    });
    offset += referenceBytes + (located ? coordinateBytes : 0);
  }
  return references;
}
