import { describe, expect, it } from 'vitest';
import { defaultThresholds, detectFromLogins, type RuleEvent } from '../server/modules/flags/detection/rules.js';
import { decodeReferences, detectAfterState, encodeReferences, keepReferences, nextState, stateBasis } from '../server/modules/flags/detection/state.js';

// The incremental detection must find, for events newer than the state, exactly the evidence the
// rules find on the account's whole history: every scenario is cut at every point, the first part
// folded into a state, the second run against it, and the new evidence compared with the full run's.

const t = { ...defaultThresholds, newCountryLookbackDays: 30, burstFailures: 5, burstWindowMinutes: 10, travelMaxKmh: 900, travelMinKm: 500 };
const PARIS = { latitude: 48.86, longitude: 2.35 };
const SAO_PAULO = { latitude: -23.55, longitude: -46.63 };
const HANOI = { latitude: 21.03, longitude: 105.85 };
const BERLIN = { latitude: 52.52, longitude: 13.4 };

function events(rows: [string, Partial<RuleEvent>?][]): RuleEvent[] {
  return rows.map(([iso, fields], n) => ({
    id: n + 1,
    at: Date.parse(iso),
    country: 'FR',
    result: 'success',
    isNewDevice: false,
    latitude: null,
    longitude: null,
    ...fields,
  }));
}

/** A deterministic mixed history: homes, trips, new devices, failure runs, gaps of minutes to weeks. */
function mixed(seed: number, count: number): RuleEvent[] {
  let x = seed;
  const next = () => (x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const places = [
    { country: 'FR', ...PARIS },
    { country: 'BR', ...SAO_PAULO },
    { country: 'VN', ...HANOI },
    { country: 'DE', ...BERLIN },
  ];
  const gaps = [20_000, 90_000, 400_000, 3_600_000, 86_400_000, 20 * 86_400_000];
  let at = Date.parse('2026-06-01T00:00:00Z');
  return Array.from({ length: count }, (_, n) => {
    at += gaps[Math.floor(next() * gaps.length)] as number;
    const place = places[next() < 0.6 ? 0 : Math.floor(next() * places.length)] as (typeof places)[number];
    const located = next() < 0.8;
    const roll = next();
    return {
      id: n + 1,
      at,
      country: place.country,
      result: roll < 0.55 ? 'success' : roll < 0.85 ? 'wrong_password' : 'twofa_failed',
      isNewDevice: next() < 0.3,
      latitude: located ? place.latitude : null,
      longitude: located ? place.longitude : null,
    } satisfies RuleEvent;
  });
}

const evidence = (found: ReturnType<typeof detectFromLogins>) => new Set(found.flatMap((d) => d.eventIds.map((id) => `${d.rule}:${id}`)));

const scenarios: { name: string; events: () => RuleEvent[] }[] = [
  {
    name: 'the fixture pattern: a failed burst from new countries, then a success from one of them',
    events: () =>
      events([
        ['2026-10-29T09:00:00Z', PARIS],
        ...Array.from({ length: 15 }, (_, i): [string, Partial<RuleEvent>] => [
          new Date(Date.parse('2026-10-31T03:12:00Z') + i * 38_000).toISOString(),
          { country: ['BR', 'VN', 'NG'][i % 3], isNewDevice: true, result: 'wrong_password' },
        ]),
        ['2026-10-31T03:22:30Z', { country: 'VN', isNewDevice: true, ...HANOI }],
      ]),
  },
  {
    name: 'a country seen exactly N days before, then N days and one millisecond before',
    events: () =>
      events([
        ['2026-09-20T10:00:00Z', { country: 'DE' }],
        ['2026-10-15T00:00:00Z'],
        ['2026-10-20T10:00:00Z', { country: 'DE', isNewDevice: true }],
        ['2026-10-20T10:00:00.001Z', { country: 'DE', isNewDevice: true }],
        ['2026-11-19T10:00:00.002Z', { country: 'DE', isNewDevice: true }],
      ]),
  },
  {
    name: 'bursts at the edge of the window, with successes in between',
    events: () =>
      events([
        ['2026-10-20T03:00:00Z', { result: 'wrong_password' }],
        ['2026-10-20T03:02:30Z', { result: 'wrong_password' }],
        ['2026-10-20T03:05:00Z', { result: 'twofa_failed' }],
        ['2026-10-20T03:06:00Z'],
        ['2026-10-20T03:07:30Z', { result: 'wrong_password' }],
        ['2026-10-20T03:10:00Z', { result: 'wrong_password' }],
        ['2026-10-20T03:10:01Z', { result: 'wrong_password' }],
        ['2026-10-20T03:30:00Z', { result: 'wrong_password' }],
      ]),
  },
  {
    name: 'trips between far cities, some too fast, with unlocated and failed logins between',
    events: () =>
      events([
        ['2026-10-20T08:00:00Z', PARIS],
        ['2026-10-20T09:00:00Z'],
        ['2026-10-20T09:30:00Z', { ...SAO_PAULO, country: 'BR', result: 'wrong_password' }],
        ['2026-10-20T10:00:00Z', { ...SAO_PAULO, country: 'BR' }],
        ['2026-10-22T10:00:00Z', { ...SAO_PAULO, country: 'BR' }],
        ['2026-10-22T10:00:00Z', { ...HANOI, country: 'VN', isNewDevice: true }],
        ['2026-12-30T10:00:00Z', PARIS],
      ]),
  },
  { name: 'a long mixed history (seed 1)', events: () => mixed(1, 160) },
  { name: 'a long mixed history (seed 7)', events: () => mixed(7, 160) },
  { name: 'a long mixed history (seed 42)', events: () => mixed(42, 160) },
];

describe('detection from a state', () => {
  for (const { name, events: make } of scenarios) {
    it(`finds what the full history finds, cut anywhere: ${name}`, () => {
      const all = make();
      const full = evidence(detectFromLogins(all, t));
      for (let cut = 1; cut < all.length; cut++) {
        const past = all.slice(0, cut);
        const known = evidence(detectFromLogins(past, t));
        const state = nextState(past, Math.max(...past.map((e) => e.at)), t);
        const fresh = all.slice(cut).filter((e) => e.at > state.newestAt);
        const later = all.slice(cut).filter((e) => e.at <= state.newestAt);
        // Events at the state's newest instant are out of order for it: the caller reads history for those.
        if (later.length > 0) {
          expect(detectAfterState(state, all.slice(cut), t)).toBeNull();
          continue;
        }
        const found = detectAfterState(state, fresh, t);
        expect(found).not.toBeNull();
        const expected = [...full].filter((key) => !known.has(key)).sort();
        const got = [...evidence(found?.detections ?? [])].filter((key) => !known.has(key)).sort();
        expect(got, `cut at ${cut}`).toEqual(expected);
      }
    });
  }

  it('keeps only a few references, whatever the length of the history', () => {
    const all = mixed(3, 2000);
    const state = nextState(all, all.at(-1)?.at ?? 0, t);
    // At most: one success per country (4), the last located success, the last N-1 failures.
    expect(state.references.length).toBeLessThanOrEqual(4 + 1 + (t.burstFailures - 1));
    expect(state.references.every((e) => !e.isNewDevice)).toBe(true);
  });

  it('keeps the same references whatever order the events came in', () => {
    const all = mixed(5, 120);
    const newest = Math.max(...all.map((e) => e.at));
    expect(keepReferences([...all].reverse(), newest, t)).toEqual(keepReferences(all, newest, t));
  });

  it('hands an event older than its newest back to the history (out of order)', () => {
    const past = events([['2026-10-20T08:00:00Z'], ['2026-10-20T09:00:00Z']]);
    const state = nextState(past, past[1]?.at ?? 0, t);
    expect(
      detectAfterState(
        state,
        events([['2026-10-20T08:30:00Z']]).map((e) => ({ ...e, id: 9 })),
        t,
      ),
    ).toBeNull();
    expect(
      detectAfterState(
        state,
        events([['2026-10-20T09:00:00Z']]).map((e) => ({ ...e, id: 9 })),
        t,
      ),
    ).toBeNull();
    expect(
      detectAfterState(
        state,
        events([['2026-10-20T09:00:00.001Z']]).map((e) => ({ ...e, id: 9 })),
        t,
      ),
    ).not.toBeNull();
  });

  it('is rebuilt when the thresholds change', () => {
    const past = events([['2026-10-20T08:00:00Z']]);
    const state = nextState(past, past[0]?.at ?? 0, t);
    expect(state.basis).toBe(stateBasis(t));
    expect(detectAfterState(state, [], { ...t, newCountryLookbackDays: 90 })).toBeNull();
  });

  it('stores its references compactly and reads them back exactly', () => {
    const references = nextState(mixed(9, 50), mixed(9, 50).at(-1)?.at ?? 0, t).references;
    const located = references.filter((e) => e.latitude !== null);
    expect(located).toHaveLength(1);
    const stored = encodeReferences(references);
    // 15 bytes a reference, 16 more for the coordinates of the one located success.
    expect(stored.length).toBe(15 * references.length + 16);
    expect(decodeReferences(stored)).toEqual(references);
    // Large ids, times before 1970, coordinates that are not round, every result.
    const edges = events([
      ['1969-07-20T20:17:40.123Z', { id: 2 ** 47 + 3, result: 'twofa_failed' }],
      ['2026-11-30T23:59:59.999Z', { id: 7, country: 'VN', latitude: -33.868_820_123_456_79, longitude: 151.209_295_987_654_3 }],
      ['2026-12-01T00:00:00Z', { id: 8, result: 'wrong_password' }],
    ]);
    expect(decodeReferences(encodeReferences(edges))).toEqual(edges);
    expect(() => encodeReferences(events([['2026-12-01T00:00:00Z', { country: 'FRA' }]]))).toThrow(/two-letter/);
  });

  it('keeps no coordinates for failures: no rule uses where a failure came from', () => {
    const history = events([
      ['2026-11-01T10:00:00Z', { ...PARIS }],
      ['2026-11-01T10:01:00Z', { ...BERLIN, result: 'wrong_password' }],
    ]);
    const references = keepReferences(history, history[1]?.at ?? 0, t);
    expect(references.map((e) => [e.id, e.latitude])).toEqual([
      [1, PARIS.latitude],
      [2, null],
    ]);
  });
});
