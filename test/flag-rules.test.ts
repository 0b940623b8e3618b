import { describe, expect, it } from 'vitest';
import {
  defaultThresholds,
  detectFromLogins,
  distanceKm,
  emailChangeAfterUnknownLogin,
  failedLoginBurst,
  impossibleTravel,
  newCountryDevice,
  type RuleEvent,
} from '../server/modules/flags/detection/rules.js';

// Table-driven checks of each rule at the edges of its thresholds. Times are written with offsets
// on purpose: the rules compare instants, so 03:00+02:00 and 01:00Z are the same moment.

const PARIS = { latitude: 48.86, longitude: 2.35 };
const LYON = { latitude: 45.76, longitude: 4.84 };
const HO_CHI_MINH = { latitude: 10.82, longitude: 106.63 };
const NEW_YORK = { latitude: 40.71, longitude: -74.01 };

let nextId = 1;
function event(iso: string, fields: Partial<Omit<RuleEvent, 'at'>> = {}): RuleEvent {
  return { id: nextId++, at: Date.parse(iso), country: 'FR', result: 'success', isNewDevice: false, latitude: null, longitude: null, ...fields };
}
const t = { ...defaultThresholds, newCountryLookbackDays: 30, burstFailures: 5, burstWindowMinutes: 10, travelMaxKmh: 900, travelMinKm: 500 };
const home = (iso: string) => event(iso, { country: 'FR' });

describe('unknown device from a new country', () => {
  const cases: { name: string; events: () => RuleEvent[]; expected: null | { severity: string; count: number } }[] = [
    {
      name: 'flags a failed login from a new device in a country never seen',
      events: () => [home('2026-10-01T10:00:00Z'), event('2026-10-20T10:00:00Z', { country: 'BR', isNewDevice: true, result: 'wrong_password' })],
      expected: { severity: 'medium', count: 1 },
    },
    {
      name: 'is high when such a login succeeded',
      events: () => [home('2026-10-01T10:00:00Z'), event('2026-10-20T10:00:00Z', { country: 'VN', isNewDevice: true })],
      expected: { severity: 'high', count: 1 },
    },
    {
      name: 'ignores a known device in a new country',
      events: () => [home('2026-10-01T10:00:00Z'), event('2026-10-20T10:00:00Z', { country: 'BR' })],
      expected: null,
    },
    {
      name: 'ignores a new device in a country seen within the window',
      events: () => [home('2026-10-01T10:00:00Z'), event('2026-10-20T10:00:00Z', { isNewDevice: true })],
      expected: null,
    },
    {
      name: 'counts a country seen exactly N days before as seen',
      events: () => [
        event('2026-09-20T10:00:00Z', { country: 'DE' }),
        home('2026-10-15T00:00:00Z'),
        event('2026-10-20T10:00:00Z', { country: 'DE', isNewDevice: true }),
      ],
      expected: null,
    },
    {
      name: 'forgets a country seen N days and one millisecond before',
      events: () => [
        event('2026-09-20T09:59:59.999Z', { country: 'DE' }),
        home('2026-10-15T00:00:00Z'),
        event('2026-10-20T10:00:00Z', { country: 'DE', isNewDevice: true }),
      ],
      expected: { severity: 'high', count: 1 },
    },
    {
      name: 'compares instants across time zones',
      events: () => [
        event('2026-09-20T12:00:00+02:00', { country: 'DE' }),
        home('2026-10-15T00:00:00Z'),
        event('2026-10-20T10:00:00Z', { country: 'DE', isNewDevice: true }),
      ],
      expected: null,
    },
    {
      name: 'does not learn a country from failed logins',
      events: () => [
        home('2026-10-01T10:00:00Z'),
        event('2026-10-19T10:00:00Z', { country: 'NG', result: 'wrong_password' }),
        event('2026-10-20T10:00:00Z', { country: 'NG', isNewDevice: true }),
      ],
      expected: { severity: 'high', count: 1 },
    },
    {
      name: 'raises nothing on an account with no successful login to compare with',
      events: () => [event('2026-10-20T10:00:00Z', { country: 'BR', isNewDevice: true })],
      expected: null,
    },
    {
      name: 'reads events that arrive out of order by their time',
      events: () => [event('2026-10-20T10:00:00Z', { country: 'BR', isNewDevice: true }), home('2026-10-01T10:00:00Z')],
      expected: { severity: 'high', count: 1 },
    },
  ];
  for (const { name, events, expected } of cases) {
    it(name, () => {
      const found = newCountryDevice(events(), t);
      if (expected === null) expect(found).toBeNull();
      else expect(found).toMatchObject({ rule: 'new_country_device', severity: expected.severity, eventIds: expect.any(Array) as unknown });
      if (expected) expect(found?.eventIds).toHaveLength(expected.count);
    });
  }

  it('finds, on long histories with events at the same instant, what the rule’s definition finds', () => {
    // The definition, word for word: a new device whose previous N days hold successes, none from its country.
    const byDefinition = (events: RuleEvent[]) => {
      const successes = events.filter((e) => e.result === 'success');
      return events
        .filter((e) => {
          const before = successes.filter((s) => s.at < e.at && s.at >= e.at - t.newCountryLookbackDays * 86_400_000);
          return e.isNewDevice && before.length > 0 && !before.some((s) => s.country === e.country);
        })
        .sort((a, b) => a.at - b.at || a.id - b.id)
        .map((e) => e.id);
    };
    let x = 7;
    const next = () => (x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    let compared = 0;
    for (let history = 0; history < 40; history++) {
      let at = Date.parse('2026-01-01T00:00:00Z');
      const events = Array.from({ length: 120 }, () => {
        // Gaps from none (the same instant) to two months, around the 30-day window.
        at += [0, 0, 60_000, 86_400_000, 10 * 86_400_000, 29 * 86_400_000, 30 * 86_400_000, 61 * 86_400_000][Math.floor(next() * 8)] as number;
        return event(new Date(at).toISOString(), {
          country: ['FR', 'FR', 'BR', 'VN', 'DE'][Math.floor(next() * 5)] as string,
          result: next() < 0.6 ? 'success' : 'wrong_password',
          isNewDevice: next() < 0.4,
        });
      });
      const shuffled = [...events].sort(() => next() - 0.5);
      const expected = byDefinition(events);
      compared += expected.length;
      expect(newCountryDevice(shuffled, t)?.eventIds ?? []).toEqual(expected);
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('burst of failed logins', () => {
  const failuresEvery = (seconds: number, count: number, start = '2026-10-20T03:00:00Z', result: RuleEvent['result'] = 'wrong_password') =>
    Array.from({ length: count }, (_, i) => event(new Date(Date.parse(start) + i * seconds * 1000).toISOString(), { result }));
  const cases: { name: string; events: () => RuleEvent[]; expected: number }[] = [
    { name: 'flags N failures within M minutes', events: () => failuresEvery(60, 5), expected: 5 },
    { name: 'ignores N-1 failures', events: () => failuresEvery(60, 4), expected: 0 },
    { name: 'counts a window of exactly M minutes', events: () => failuresEvery(150, 5), expected: 5 },
    {
      name: 'ignores N failures spread over M minutes and one second',
      events: () => [...failuresEvery(150, 4), event('2026-10-20T03:10:01Z', { result: 'wrong_password' })],
      expected: 0,
    },
    { name: 'counts refused second factors as failures', events: () => failuresEvery(30, 5, '2026-10-20T03:00:00Z', 'twofa_failed'), expected: 5 },
    { name: 'ignores successes in between', events: () => [...failuresEvery(60, 4), event('2026-10-20T03:02:30Z')], expected: 0 },
    {
      name: 'finds the burst in events out of order and across offsets',
      events: () => [...failuresEvery(60, 4, '2026-10-20T05:00:00+02:00').reverse(), event('2026-10-20T03:05:00Z', { result: 'wrong_password' })],
      expected: 5,
    },
    {
      name: 'keeps only the failures inside a burst as evidence',
      events: () => [event('2026-10-19T03:00:00Z', { result: 'wrong_password' }), ...failuresEvery(30, 6)],
      expected: 6,
    },
  ];
  for (const { name, events, expected } of cases) {
    it(name, () => {
      const found = failedLoginBurst(events(), t);
      expect(found?.eventIds.length ?? 0).toBe(expected);
      if (expected) expect(found?.severity).toBe('medium');
    });
  }
});

describe('impossible travel', () => {
  const cases: { name: string; events: () => RuleEvent[]; expected: boolean }[] = [
    {
      name: 'flags Paris then Ho Chi Minh City two hours later',
      events: () => [event('2026-10-20T08:00:00Z', PARIS), event('2026-10-20T10:00:00Z', { ...HO_CHI_MINH, country: 'VN' })],
      expected: true,
    },
    {
      name: 'accepts the same trip a day later',
      events: () => [event('2026-10-20T08:00:00Z', PARIS), event('2026-10-21T08:00:00Z', { ...HO_CHI_MINH, country: 'VN' })],
      expected: false,
    },
    {
      name: 'ignores short hops below the minimum distance even at once',
      events: () => [event('2026-10-20T08:00:00Z', PARIS), event('2026-10-20T08:00:00Z', LYON)],
      expected: false,
    },
    {
      name: 'flags two far logins at the same instant',
      events: () => [event('2026-10-20T08:00:00Z', PARIS), event('2026-10-20T10:00:00+02:00', NEW_YORK)],
      expected: true,
    },
    {
      name: 'accepts a speed just under the limit',
      events: () => [
        event('2026-10-20T08:00:00Z', PARIS),
        event(new Date(Date.parse('2026-10-20T08:00:00Z') + (distanceKm(PARIS, NEW_YORK) / 899) * 3_600_000).toISOString(), NEW_YORK),
      ],
      expected: false,
    },
    {
      name: 'flags a speed just over the limit',
      events: () => [
        event('2026-10-20T08:00:00Z', PARIS),
        event(new Date(Date.parse('2026-10-20T08:00:00Z') + (distanceKm(PARIS, NEW_YORK) / 901) * 3_600_000).toISOString(), NEW_YORK),
      ],
      expected: true,
    },
    {
      name: 'ignores failed logins',
      events: () => [event('2026-10-20T08:00:00Z', PARIS), event('2026-10-20T08:30:00Z', { ...NEW_YORK, result: 'wrong_password' })],
      expected: false,
    },
    { name: 'ignores logins without coordinates', events: () => [event('2026-10-20T08:00:00Z', PARIS), event('2026-10-20T08:30:00Z')], expected: false },
    {
      name: 'compares neighbours in time, not in arrival order',
      events: () => [event('2026-10-22T08:00:00Z', NEW_YORK), event('2026-10-20T08:00:00Z', PARIS), event('2026-10-21T08:00:00Z', PARIS)],
      expected: false,
    },
  ];
  for (const { name, events, expected } of cases) {
    it(name, () => {
      const found = impossibleTravel(events(), t);
      expect(found !== null).toBe(expected);
      if (expected) expect(found).toMatchObject({ rule: 'impossible_travel', severity: 'high', eventIds: expect.any(Array) as unknown });
    });
  }
});

describe('e-mail change after an unknown login', () => {
  const change = { at: Date.parse('2026-10-20T12:00:00Z'), cause: 'backup_promotion' as const };
  const cases: { name: string; events: () => RuleEvent[]; expected: number }[] = [
    {
      name: 'flags a change an hour after a successful unknown-device login',
      events: () => [event('2026-10-20T11:00:00Z', { isNewDevice: true })],
      expected: 1,
    },
    { name: 'counts a login exactly H hours before', events: () => [event('2026-10-18T12:00:00Z', { isNewDevice: true })], expected: 1 },
    { name: 'ignores a login H hours and one second before', events: () => [event('2026-10-18T11:59:59Z', { isNewDevice: true })], expected: 0 },
    { name: 'ignores a login after the change', events: () => [event('2026-10-20T12:00:01Z', { isNewDevice: true })], expected: 0 },
    {
      name: 'ignores known devices and failed logins',
      events: () => [event('2026-10-20T11:00:00Z'), event('2026-10-20T11:00:00Z', { isNewDevice: true, result: 'wrong_password' })],
      expected: 0,
    },
    { name: 'compares instants across offsets', events: () => [event('2026-10-20T13:30:00+02:00', { isNewDevice: true })], expected: 1 },
  ];
  for (const { name, events, expected } of cases) {
    it(name, () => {
      const found = emailChangeAfterUnknownLogin(events(), change, { ...t, emailChangeWindowHours: 48 });
      expect(found?.eventIds.length ?? 0).toBe(expected);
      if (expected) expect(found?.severity).toBe('high');
    });
  }
});

describe('all login rules together', () => {
  it('sees the fixture pattern: a failed burst from new countries, then a success from one of them', () => {
    const burst = Array.from({ length: 15 }, (_, i) =>
      event(new Date(Date.parse('2026-10-31T03:12:00Z') + i * 38_000).toISOString(), {
        country: ['BR', 'VN', 'NG'][i % 3] as string,
        isNewDevice: true,
        result: 'wrong_password',
      }),
    );
    const found = detectFromLogins([home('2026-10-29T09:00:00Z'), ...burst, event('2026-10-31T03:22:30Z', { country: 'VN', isNewDevice: true })], t);
    expect(found.map((d) => [d.rule, d.severity, d.eventIds.length])).toEqual([
      ['new_country_device', 'high', 16],
      ['failed_login_burst', 'medium', 15],
    ]);
    expect(found.map((d) => d.params)).toEqual([
      { days: 30, countries: 'BR, VN, NG', smart_count: 16, succeeded: 1 },
      { smart_count: 15, failures: 5, minutes: 10, countries: 'BR, VN, NG' },
    ]);
  });
});
