import { severityRank } from '../../../../db/schema/flags.js';
import { locate } from '../../login-ingest/geo-locate.js';
import { loginResults } from '../../../../db/schema/activity.js';
import type { FlagsRepository, RuleEventRow } from '../flags.repository.js';
import { detectAfterState, nextState, type DetectionState } from './state.js';
import { detectFromLogins, emailChangeAfterUnknownLogin, type Detection, type DetectionThresholds, type EmailChangeCause, type RuleEvent } from './rules.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface RecordedFlags {
  raised: number[];
  joined: number[];
}

/**
 * Runs the pure rules on an account's stored events and turns detections into flags. Synchronous:
 * it is called inside the change that stored the events (ingestion) or that records the run.
 */
export function createDetector(repository: FlagsRepository, thresholds: DetectionThresholds) {
  /** Demo and older rows carry no coordinates: a success is located from its IP or country here. */
  function toRuleEvent([id, at, country, result, isNewDevice, latitude, longitude, ip]: RuleEventRow): RuleEvent {
    if (ip !== null && result === 0) {
      const found = locate(ip, country);
      if (found) ({ latitude, longitude } = found);
    }
    return { id, at, country, result: loginResults[result], isNewDevice: isNewDevice === 1, latitude, longitude };
  }

  const iso = (ms: number) => new Date(ms).toISOString();

  /** The events that can matter to events between `fromMs` and `toMs`: the look-back before, a margin after. */
  function eventsAround(customerId: number, fromMs: number, toMs: number): RuleEvent[] {
    const before = Math.max(thresholds.newCountryLookbackDays * DAY_MS, thresholds.burstWindowMinutes * MINUTE_MS, DAY_MS);
    const after = Math.max(thresholds.burstWindowMinutes * MINUTE_MS, DAY_MS);
    return repository.ruleEventsBetween(customerId, iso(fromMs - before), iso(toMs + after)).map(toRuleEvent);
  }

  /**
   * Stores what is new in the detections: evidence already linked to a flag of the same rule is
   * dropped (the same evidence never raises a second flag); new evidence joins the rule's active
   * flag on the account, or opens one. `storedFrom`: the first id of the events the calling change
   * stored, when it stored some (ingestion).
   */
  function record(customerId: number, detections: readonly Detection[], nowIso: string, storedFrom = Number.POSITIVE_INFINITY): RecordedFlags {
    const recorded: RecordedFlags = { raised: [], joined: [] };
    for (const found of detections) {
      const rank = severityRank[found.severity];
      const lastEvidenceAt = iso(found.lastAt);
      const active = repository.activeOfRule(customerId, found.rule);
      if (active) {
        // Linking first tells what is new, in one statement per event: evidence already linked to a flag
        // of this rule is left out by the evidence's primary key. Nothing new: the flag is left as it is.
        let added = 0;
        for (const eventId of found.eventIds) added += repository.link(active.id, eventId, found.rule);
        if (added === 0) continue;
        repository.join(
          { id: active.id, severity: found.severity, severityRank: rank, summary: found.summary, summaryParams: found.params, lastEvidenceAt, now: nowIso },
          active.severityRank,
        );
        recorded.joined.push(active.id);
        continue;
      }
      // Events stored by this very change (ids from `storedFrom` on) cannot be evidence yet: only older ones are looked up.
      const older = found.eventIds.filter((eventId) => eventId < storedFrom);
      const linked = older.length === 0 ? new Set<number>() : repository.linkedAmong(found.rule, older);
      const fresh = found.eventIds.filter((eventId) => !linked.has(eventId));
      if (fresh.length === 0) continue;
      const flagId = repository.insert({
        customerId,
        rule: found.rule,
        severity: found.severity,
        severityRank: rank,
        kind: null,
        summary: found.summary,
        summaryParams: found.params,
        ticketRef: null,
        raisedBy: null,
        now: nowIso,
        lastEvidenceAt,
      });
      recorded.raised.push(flagId);
      for (const eventId of fresh) repository.link(flagId, eventId, found.rule);
    }
    return recorded;
  }

  return {
    /**
     * The login rules for an account's newly stored events (ingestion), and its next detection state.
     * From the state alone when every event is newer than it; otherwise (no state yet, other
     * thresholds, an event arriving out of order) from the history around the events, the state then rebuilt from that history and the old references.
     */
    ingestDetections(customerId: number, state: DetectionState | null, fresh: readonly RuleEvent[]): { detections: Detection[]; state: DetectionState } {
      const fromState = state && detectAfterState(state, fresh, thresholds);
      if (fromState) return fromState;
      let from = Number.POSITIVE_INFINITY;
      let to = state?.newestAt ?? Number.NEGATIVE_INFINITY;
      for (const event of fresh) {
        from = Math.min(from, event.at);
        to = Math.max(to, event.at);
      }
      const history = eventsAround(customerId, from, to);
      for (const event of history) to = Math.max(to, event.at);
      const detections = detectFromLogins(history, thresholds);
      return { detections, state: nextState(state ? [...state.references, ...history] : history, to, thresholds) };
    },
    /** The login rules over the account's recent history, relative to its newest event (on demand, demo start). */
    accountDetections(customerId: number): Detection[] {
      const newest = repository.newestEventAt(customerId);
      if (newest === null) return [];
      const newestMs = Date.parse(newest);
      return detectFromLogins(eventsAround(customerId, newestMs - thresholds.newCountryLookbackDays * DAY_MS, newestMs), thresholds);
    },
    /** The e-mail-change rule for a change committed at `atIso`. */
    emailChangeDetections(customerId: number, atIso: string, cause: EmailChangeCause): Detection[] {
      const atMs = Date.parse(atIso);
      const windowMs = thresholds.emailChangeWindowHours * 3_600_000;
      const events = repository.ruleEventsBetween(customerId, iso(atMs - windowMs), atIso).map(toRuleEvent);
      const found = emailChangeAfterUnknownLogin(events, { at: atMs, cause }, thresholds);
      return found ? [found] : [];
    },
    /** True when some detection carries evidence not yet linked: a run worth recording. */
    hasNewEvidence: (detections: readonly Detection[]) =>
      detections.some((d) => {
        const linked = repository.linkedAmong(d.rule, d.eventIds);
        return d.eventIds.some((id) => !linked.has(id));
      }),
    record,
  };
}

export type Detector = ReturnType<typeof createDetector>;
