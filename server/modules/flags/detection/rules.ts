import type { LoginResult } from '../../../../db/schema/activity.js';
import type { FlagRule, FlagSeverity, FlagSummaryParams } from '../../../../db/schema/flags.js';

// The detection rules of SPEC §4.6, as pure functions of an account's login events. They reason in
// event time only (never the wall clock), so late or out-of-order events and the demo data's fixed
// dates give the same answer whenever they are evaluated.

export interface RuleEvent {
  id: number;
  /** Event time, epoch milliseconds (UTC). */
  at: number;
  country: string;
  result: LoginResult;
  isNewDevice: boolean;
  latitude: number | null;
  longitude: number | null;
}

export interface Detection {
  rule: Exclude<FlagRule, 'manual'>;
  severity: FlagSeverity;
  /** The login events that are the evidence, oldest first. */
  eventIds: number[];
  /** What was seen, without personal data: countries, counts, distances (English; the fallback). */
  summary: string;
  /** The same facts as figures, for the console to word them in the reader's language. */
  params: FlagSummaryParams;
  /** Event time of the newest evidence. */
  lastAt: number;
}

export interface DetectionThresholds {
  /** A country is "seen" when the account logged in successfully from it in this many days before. */
  newCountryLookbackDays: number;
  burstFailures: number;
  burstWindowMinutes: number;
  travelMaxKmh: number;
  /** Below this distance the IP-based location is too coarse to call anything impossible. */
  travelMinKm: number;
  emailChangeWindowHours: number;
}

export const defaultThresholds: DetectionThresholds = {
  newCountryLookbackDays: 90,
  burstFailures: 5,
  burstWindowMinutes: 10,
  travelMaxKmh: 900,
  travelMinKm: 500,
  emailChangeWindowHours: 48,
};

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Event time, then id: the one order of an account's events (rules and detection states). */
export const byTime = (a: RuleEvent, b: RuleEvent) => a.at - b.at || a.id - b.id;
/** The events oldest first; most callers pass them in that order already (then they are not copied). */
function chronological(events: readonly RuleEvent[]): readonly RuleEvent[] {
  for (let i = 1; i < events.length; i++) if (byTime(events[i - 1] as RuleEvent, events[i] as RuleEvent) > 0) return [...events].sort(byTime);
  return events;
}
const isFailure = (event: RuleEvent) => event.result !== 'success';
const distinct = <T>(values: T[]) => [...new Set(values)];

function detection(rule: Detection['rule'], severity: FlagSeverity, evidence: RuleEvent[], summary: string, params: FlagSummaryParams): Detection {
  return { rule, severity, eventIds: evidence.map((event) => event.id), summary, params, lastAt: Math.max(...evidence.map((event) => event.at)) };
}

/**
 * An unknown device from a country the account has not logged in from (successfully) in the
 * previous N days. An account with no successful login in that window has nothing to compare
 * with (a new account, a dormant one) and raises nothing. High when such a login succeeded.
 */
export function newCountryDevice(events: readonly RuleEvent[], { newCountryLookbackDays }: DetectionThresholds): Detection | null {
  const sorted = chronological(events);
  const lookback = newCountryLookbackDays * DAY_MS;
  // One pass (a long history of new devices must not cost its square): the newest success strictly
  // before an event, overall and from the event's country, says whether the window holds a success
  // and one from that country. Events of the same instant are judged before any of them counts.
  const evidence: RuleEvent[] = [];
  const lastSuccessFrom = new Map<string, number>();
  let lastSuccess = Number.NEGATIVE_INFINITY;
  for (let first = 0; first < sorted.length;) {
    const at = (sorted[first] as RuleEvent).at;
    let end = first;
    while (end < sorted.length && (sorted[end] as RuleEvent).at === at) end++;
    const since = at - lookback;
    for (let i = first; i < end; i++) {
      const event = sorted[i] as RuleEvent;
      if (event.isNewDevice && lastSuccess >= since && !((lastSuccessFrom.get(event.country) ?? Number.NEGATIVE_INFINITY) >= since)) evidence.push(event);
    }
    for (let i = first; i < end; i++) {
      const event = sorted[i] as RuleEvent;
      if (event.result !== 'success') continue;
      lastSuccess = at;
      lastSuccessFrom.set(event.country, at);
    }
    first = end;
  }
  if (evidence.length === 0) return null;
  const succeeded = evidence.filter((event) => event.result === 'success').length;
  const countries = distinct(evidence.map((event) => event.country)).join(', ');
  return detection(
    'new_country_device',
    succeeded > 0 ? 'high' : 'medium',
    evidence,
    `Unknown device from a country not seen in the last ${newCountryLookbackDays} days (${countries}): ${evidence.length} login(s), ${succeeded} successful.`,
    { days: newCountryLookbackDays, countries, smart_count: evidence.length, succeeded },
  );
}

/** At least N failed logins (wrong password or second factor) within M minutes, window edges included. */
export function failedLoginBurst(events: readonly RuleEvent[], { burstFailures, burstWindowMinutes }: DetectionThresholds): Detection | null {
  const failures = chronological(events).filter(isFailure);
  const window = burstWindowMinutes * MINUTE_MS;
  const inBurst = new Set<RuleEvent>();
  let start = 0;
  for (let end = 0; end < failures.length; end++) {
    while ((failures[end] as RuleEvent).at - (failures[start] as RuleEvent).at > window) start++;
    if (end - start + 1 >= burstFailures) for (let i = start; i <= end; i++) inBurst.add(failures[i] as RuleEvent);
  }
  if (inBurst.size === 0) return null;
  const evidence = failures.filter((event) => inBurst.has(event));
  const countries = distinct(evidence.map((event) => event.country)).join(', ');
  return detection(
    'failed_login_burst',
    'medium',
    evidence,
    `${evidence.length} failed logins with at least ${burstFailures} within ${burstWindowMinutes} minutes (${countries}).`,
    { smart_count: evidence.length, failures: burstFailures, minutes: burstWindowMinutes, countries },
  );
}

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

type Located = RuleEvent & { latitude: number; longitude: number };
const isLocated = (event: RuleEvent): event is Located => event.latitude !== null && event.longitude !== null;

/** Two consecutive successful logins farther apart than `travelMinKm` and faster than `travelMaxKmh`. */
export function impossibleTravel(events: readonly RuleEvent[], { travelMaxKmh, travelMinKm }: DetectionThresholds): Detection | null {
  const located = chronological(events).filter((event): event is Located => event.result === 'success' && isLocated(event));
  const evidence = new Set<RuleEvent>();
  let fastest = { km: 0, kmh: 0 };
  for (let i = 1; i < located.length; i++) {
    const [from, to] = [located[i - 1] as Located, located[i] as Located];
    const km = distanceKm(from, to);
    const hours = (to.at - from.at) / HOUR_MS;
    const kmh = hours === 0 ? Number.POSITIVE_INFINITY : km / hours;
    if (km < travelMinKm || kmh <= travelMaxKmh) continue;
    evidence.add(from).add(to);
    if (kmh > fastest.kmh) fastest = { km, kmh };
  }
  if (evidence.size === 0) return null;
  const speed = Number.isFinite(fastest.kmh) ? `${Math.round(fastest.kmh)} km/h` : 'at the same instant';
  const km = Math.round(fastest.km);
  // A speed of -1 stands for "at the same instant" (JSON has no infinity).
  const kmh = Number.isFinite(fastest.kmh) ? Math.round(fastest.kmh) : -1;
  return detection('impossible_travel', 'high', [...evidence], `Successful logins ${km} km apart, ${speed} (limit ${travelMaxKmh} km/h).`, {
    km,
    kmh,
    limit: travelMaxKmh,
  });
}

/**
 * An e-mail change (backup promotion, claim application) within H hours after a successful login
 * from an unknown device: the classic takeover. The change instant is given; evidence is the logins.
 */
/** What changed the e-mail: a code the console words, and the English of the summary. */
export const emailChangeCauses = { backup_promotion: 'backup promotion', claim_applied: 'claim applied' } as const;
export type EmailChangeCause = keyof typeof emailChangeCauses;

export function emailChangeAfterUnknownLogin(
  events: readonly RuleEvent[],
  change: { at: number; cause: EmailChangeCause },
  { emailChangeWindowHours }: DetectionThresholds,
): Detection | null {
  const since = change.at - emailChangeWindowHours * HOUR_MS;
  const evidence = chronological(events).filter((e) => e.isNewDevice && e.result === 'success' && e.at >= since && e.at <= change.at);
  if (evidence.length === 0) return null;
  return detection(
    'email_change_after_unknown_login',
    'high',
    evidence,
    `E-mail changed (${emailChangeCauses[change.cause]}) within ${emailChangeWindowHours} hours after ${evidence.length} successful login(s) from an unknown device.`,
    { cause: change.cause, hours: emailChangeWindowHours, smart_count: evidence.length },
  );
}

/** Every rule that looks at logins alone, in a fixed order. */
export function detectFromLogins(events: readonly RuleEvent[], thresholds: DetectionThresholds): Detection[] {
  return [newCountryDevice, failedLoginBurst, impossibleTravel].flatMap((rule) => rule(events, thresholds) ?? []);
}
