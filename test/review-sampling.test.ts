import { describe, expect, it } from 'vitest';
import type { ReviewSamplingConfig } from '../server/config.js';
import { isReviewCandidate, reasonsToReview, type SamplingFacts } from '../server/modules/audit-review/sampling-rules.js';

const config: ReviewSamplingConfig = {
  sampleRate: 0.05,
  repeatThreshold: 5,
  repeatWindowMs: 30 * 86_400_000,
  burstAccounts: 10,
  burstWindowMs: 15 * 60_000,
  workingHours: { start: 8, end: 19 },
  workingDays: { first: 1, last: 5 },
  timeZone: 'Europe/Paris',
};

// 2026-12-01 is a Tuesday; Paris is UTC+1 in December.
const tuesdayNoonParis = '2026-12-01T11:00:00.000Z';
const usual: SamplingFacts = { at: tuesdayNoonParis, hash: 'f'.repeat(64), details: {}, sameAccountActions: 1, accountsInBurstWindow: 1 };

const cases: Array<[string, Partial<SamplingFacts>, string[]]> = [
  ['an ordinary action in working hours, not drawn', {}, []],
  ['drawn by the random share (first 32 bits of the hash below 5%)', { hash: `0a${'f'.repeat(62)}` }, ['random']],
  ['just above the random share', { hash: `0d${'0'.repeat(62)}` }, []],
  ['a lead override', { details: { overridden: ['flags.open_high_severity'], overrideReason: 'Customer verified in person' } }, ['override']],
  ['the 5th action by the same person on the same account', { sameAccountActions: 5 }, ['repeat_account']],
  ['the 4th action on the same account', { sameAccountActions: 4 }, []],
  ['07:59 in Paris', { at: '2026-12-01T06:59:00.000Z' }, ['after_hours']],
  ['08:00 in Paris', { at: '2026-12-01T07:00:00.000Z' }, []],
  ['18:59 in Paris', { at: '2026-12-01T17:59:00.000Z' }, []],
  ['19:00 in Paris', { at: '2026-12-01T18:00:00.000Z' }, ['after_hours']],
  ['a Saturday at noon', { at: '2026-12-05T11:00:00.000Z' }, ['after_hours']],
  ['summer time: 07:30 UTC is 09:30 in Paris', { at: '2026-07-01T07:30:00.000Z' }, []],
  ['the 10th account touched within the burst window', { accountsInBurstWindow: 10 }, ['many_accounts']],
  ['9 accounts within the window', { accountsInBurstWindow: 9 }, []],
  [
    'several risks at once (no random draw on top)',
    { at: '2026-12-06T22:00:00.000Z', sameAccountActions: 7, accountsInBurstWindow: 12, hash: '0'.repeat(64) },
    ['repeat_account', 'after_hours', 'many_accounts'],
  ],
];

describe('review queue sampling rules', () => {
  for (const [name, facts, expected] of cases) {
    it(`${name} → ${expected.length ? expected.join(', ') : 'not queued'}`, () => {
      expect(reasonsToReview({ ...usual, ...facts }, config)).toEqual(expected);
    });
  }

  it('reads the working hours and the time zone from the configuration', () => {
    expect(reasonsToReview({ ...usual, at: '2026-12-01T11:00:00.000Z' }, { ...config, timeZone: 'America/New_York' })).toEqual(['after_hours']);
    expect(reasonsToReview(usual, { ...config, workingHours: { start: 13, end: 19 } })).toEqual(['after_hours']);
    expect(reasonsToReview({ ...usual, hash: '0'.repeat(64) }, { ...config, sampleRate: 0 })).toEqual([]);
    expect(reasonsToReview({ ...usual, at: '2026-12-05T11:00:00.000Z' }, { ...config, workingDays: { first: 1, last: 6 } })).toEqual([]);
  });

  const candidates: Array<[string, { actorRole: string | null; customerId: number | null; action: string }, boolean]> = [
    ["an agent's action on an account", { actorRole: 'agent', customerId: 7, action: 'customers.promote_backup_email' }, true],
    ["a lead's action on an account", { actorRole: 'lead', customerId: 7, action: 'customers.promote_backup_email' }, true],
    ['a sign-in (no account)', { actorRole: 'agent', customerId: null, action: 'auth.login' }, false],
    ["compliance's action", { actorRole: 'compliance', customerId: 7, action: 'gdpr.erase' }, false],
    ['the console itself', { actorRole: null, customerId: 7, action: 'messages.sent' }, false],
    ['a review (never reviewed again)', { actorRole: 'lead', customerId: 7, action: 'audit.review' }, false],
  ];
  for (const [name, entry, expected] of candidates) {
    it(`${name}: ${expected ? 'a candidate' : 'not a candidate'}`, () => expect(isReviewCandidate(entry)).toBe(expected));
  }
});
