import { describe, expect, it } from 'vitest';
import { loginEventRecord, parseLoginEvent, usualLoginEvent } from '../server/modules/login-ingest/login-ingest.schemas.js';

// The hand-checked fast path for the usual login event must never accept what zod refuses, and must
// give exactly zod's output when it accepts: every field of a valid event is replaced in turn by
// values around each rule (types, lengths, whitespace, formats, time zones), and both are compared.

const valid = {
  id: 'evt-42',
  occurredAt: '2026-11-20T10:00:00+01:00',
  account: 'AB12345-OVH',
  ip: '78.193.40.10',
  country: 'FR',
  deviceId: 'dev-1',
  deviceLabel: 'Firefox 132 on Windows 11',
  result: 'success',
  isNewDevice: false,
};

const long = (n: number) => 'x'.repeat(n);
const texts = [
  '',
  ' ',
  'a',
  ' a',
  'a ',
  '\ta',
  'a\n',
  '\u00a0a',
  'a\u3000',
  '\ufeffa',
  'a\u1680',
  'a\u2029',
  '\u0001a',
  'a\u007f',
  'é ',
  'é',
  long(127),
  long(128),
  long(129),
  long(199),
  long(200),
  long(201),
  7,
  null,
  true,
  ['a'],
  {},
];
const variants: Record<keyof typeof valid, unknown[]> = {
  id: texts,
  deviceId: texts,
  deviceLabel: texts,
  occurredAt: [
    '2026-11-20T10:00:00Z',
    '2026-11-20T10:00:00.000Z',
    '2026-11-20T10:00:00.123Z',
    '2028-02-29T23:59:59.999Z',
    '2026-02-29T10:00:00.000Z',
    '2026-11-20T10:00:00.12Z',
    '2026-11-20T10:00:00.1234Z',
    '2026-11-20T10:00:60.000Z',
    '2026-11-20T10:00:00.123456789Z',
    '2026-11-20T10:00:00-09:30',
    '2026-11-20T23:59:59+14:00',
    '2026-11-20T10:00:00+24:00',
    '2026-11-20T10:00:00',
    '2026-11-20T10:00Z',
    '2026-11-20 10:00:00Z',
    '2026-02-29T10:00:00Z',
    '2028-02-29T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-11-31T10:00:00Z',
    '2026-11-20t10:00:00z',
    ' 2026-11-20T10:00:00Z',
    '1969-12-31T23:59:59Z',
    1_763_629_200_000,
    null,
  ],
  account: ['ab12345-ovh', 'ab12345', ' AB12345-ovh ', 'ab1234567890-ovh', 'a12345-ovh', 'ab12345-OVH-ovh', '', long(41), 12345, null],
  ip: ['10.0.0.1', '255.255.255.255', '256.0.0.1', '01.2.3.4', '1.2.3', '::1', '2001:db8::1', '::ffff:10.0.0.1', ' 10.0.0.1', '10.0.0.1\n', '', 167772161],
  country: ['DE', 'US', 'fr', 'FRA', 'XX', '', 'F', 33, null],
  result: ['success', 'wrong_password', 'twofa_failed', 'SUCCESS', 'failed', '', 0, null],
  isNewDevice: [true, false, 'true', 1, 0, null],
};

function compare(raw: unknown) {
  const fast = usualLoginEvent(raw);
  const zod = loginEventRecord.safeParse(raw);
  if (fast !== null) {
    expect(zod.success, JSON.stringify(raw)).toBe(true);
    expect(fast, JSON.stringify(raw)).toEqual(zod.data);
  }
  // Through the one entry point ingestion uses, the verdict is always zod's.
  expect(parseLoginEvent(raw).success, JSON.stringify(raw)).toBe(zod.success);
  return fast;
}

describe('the fast path of a login event', () => {
  it('takes the usual event, with zod’s output', () => {
    expect(compare(valid)).toEqual({ ...valid, occurredAt: '2026-11-20T09:00:00.000Z', account: 'ab12345-ovh' });
    // The form the login system usually sends is the stored one: taken as it is.
    const usual = { ...valid, occurredAt: '2026-11-20T09:00:00.123Z', account: 'ab12345-ovh' };
    expect(compare(usual)).toEqual(usual);
  });

  it('agrees with zod on every field’s edges', () => {
    let taken = 0;
    let left = 0;
    for (const [field, values] of Object.entries(variants))
      for (const value of values) {
        if (compare({ ...valid, [field]: value }) === null) left++;
        else taken++;
      }
    // Both ways are exercised: the fast path takes the valid variants and leaves the rest to zod.
    expect(taken).toBeGreaterThan(30);
    expect(left).toBeGreaterThan(60);
  });

  it('leaves coordinates, missing and extra fields, and non-objects to zod', () => {
    const { isNewDevice: _dropped, ...missing } = valid;
    const shapes: unknown[] = [
      { ...valid, latitude: 48.86, longitude: 2.35 },
      { ...valid, latitude: 48.86 },
      missing,
      { ...valid, extra: 1 },
      { ...valid, isNewDevice: undefined },
      JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(valid).slice(1)}`),
      Object.assign(Object.create({ inherited: 1 }), valid),
      [valid],
      'event',
      null,
      undefined,
    ];
    for (const raw of shapes) expect(compare(raw)).toBeNull();
  });
});
