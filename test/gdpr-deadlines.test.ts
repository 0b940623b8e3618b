import { describe, expect, it } from 'vitest';
import { addMonthsClamped, createDeadlineCalendar, urgencyOf } from '../server/modules/gdpr/gdpr.deadlines.js';

const france = createDeadlineCalendar({ country: 'FR', timeZone: 'Europe/Paris' });

describe('GDPR deadlines: one calendar month, clamped, on a French working day', () => {
  it.each([
    // received, due (receipt + 1 month, then the next working day), why
    ['2026-01-31', '2026-03-02', '28 Feb 2026 is a Saturday: clamped, then moved to Monday'],
    ['2024-01-31', '2024-02-29', 'leap year: 31 Jan → 29 Feb (a Thursday)'],
    ['2028-01-31', '2028-02-29', 'leap year 2028: 29 Feb is a Tuesday'],
    ['2026-03-31', '2026-04-30', '31 Mar → 30 Apr, clamped'],
    ['2026-08-31', '2026-09-30', '31 Aug → 30 Sep, clamped'],
    ['2026-03-06', '2026-04-07', 'Easter Monday 6 Apr 2026'],
    ['2027-02-28', '2027-03-30', '28 Mar 2027 is Easter Sunday, then Easter Monday'],
    ['2026-04-14', '2026-05-15', 'Ascension Thursday 14 May 2026'],
    ['2026-04-25', '2026-05-26', 'Whit Monday 25 May 2026'],
    ['2026-04-01', '2026-05-04', '1 May (Friday), then the weekend'],
    ['2026-11-25', '2026-12-28', 'Christmas (Friday), then the weekend'],
    ['2026-12-01', '2027-01-04', 'New Year (Friday), then the weekend'],
    ['2026-06-14', '2026-07-15', 'Bastille Day 14 Jul 2026 (Tuesday)'],
    ['2026-05-14', '2026-06-15', '14 Jun 2026 is a Sunday'],
    ['2026-02-10', '2026-03-10', 'an ordinary Tuesday stays put'],
  ])('received %s → due %s (%s)', (receivedOn, dueOn) => {
    expect(france.clock({ receivedOn, pausedDays: 0, extensionMonths: 0 }, new Date('2026-01-01T12:00:00Z')).dueOn).toBe(dueOn);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2026-12-31', 2, '2027-02-28'],
  ])('adds months clamped to the month end: %s + %i → %s', (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });

  it('extends to receipt + three months under the same rules', () => {
    const clock = france.clock({ receivedOn: '2026-01-31', pausedDays: 0, extensionMonths: 0 }, new Date('2026-02-01T12:00:00Z'));
    expect(clock).toMatchObject({ dueOn: '2026-03-02', extendedDueOn: '2026-04-30', effectiveDueOn: '2026-03-02' });
    const extendedByTwo = france.clock({ receivedOn: '2026-01-31', pausedDays: 0, extensionMonths: 2 }, new Date('2026-02-01T12:00:00Z'));
    expect(extendedByTwo.effectiveDueOn).toBe('2026-04-30');
    const extendedByOne = france.clock({ receivedOn: '2026-01-31', pausedDays: 0, extensionMonths: 1 }, new Date('2026-02-01T12:00:00Z'));
    expect(extendedByOne.effectiveDueOn).toBe('2026-03-31');
  });

  it('moves both dates by the calendar days paused, then applies the working-day rule', () => {
    // 28 Feb + 10 = 10 Mar (Tuesday); 30 Apr + 10 = 10 May 2026 (Sunday) → Monday 11 May.
    const clock = france.clock({ receivedOn: '2026-01-31', pausedDays: 10, extensionMonths: 0 }, new Date('2026-02-01T12:00:00Z'));
    expect(clock).toMatchObject({ dueOn: '2026-03-10', extendedDueOn: '2026-05-11', pausedDays: 10 });
    // A pause that lands the date on Whit Monday moves it to the Tuesday.
    const whit = france.clock({ receivedOn: '2026-04-20', pausedDays: 5, extensionMonths: 0 }, new Date('2026-04-21T12:00:00Z'));
    expect(whit.dueOn).toBe('2026-05-26');
  });

  it('counts days left in the provider’s time zone, negative when overdue', () => {
    const input = { receivedOn: '2026-01-31', pausedDays: 0, extensionMonths: 0 };
    expect(france.clock(input, new Date('2026-02-20T10:00:00Z')).daysLeft).toBe(10);
    // 23:30 UTC on 1 March is already 2 March in Paris: due today.
    expect(france.clock(input, new Date('2026-03-01T23:30:00Z')).daysLeft).toBe(0);
    expect(france.clock(input, new Date('2026-03-05T09:00:00Z')).daysLeft).toBe(-3);
  });

  it('uses the configured country’s holidays', () => {
    // 17 Mar is St Patrick's Day in Ireland, an ordinary Tuesday in France.
    const ireland = createDeadlineCalendar({ country: 'IE', timeZone: 'Europe/Dublin' });
    expect(ireland.deadline('2026-02-17', 1)).toBe('2026-03-18');
    expect(france.deadline('2026-02-17', 1)).toBe('2026-03-17');
  });

  it.each([
    [-1, false, 'overdue'],
    [0, false, 'due_soon'],
    [7, false, 'due_soon'],
    [8, false, 'on_time'],
    [-5, true, 'closed'],
  ] as const)('classes %i days left (closed: %s) as %s', (daysLeft, closed, urgency) => {
    expect(urgencyOf(daysLeft, closed)).toBe(urgency);
  });
});
