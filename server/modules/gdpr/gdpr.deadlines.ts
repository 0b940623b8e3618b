import Holidays from 'date-holidays';

/**
 * The legal clock of a data-subject request (SPEC §4.5, GDPR Art. 12(3), EU Regulation 1182/71):
 * receipt + N calendar months, the same day clamped to the month's end (31 Jan → 28/29 Feb), plus
 * the calendar days the clock was paused, then moved to the next working day of the provider's
 * country when it falls on a Saturday, Sunday or public holiday. Dates are ISO calendar dates
 * (`YYYY-MM-DD`) in the provider's time zone: a deadline is a day, not an instant.
 */

export type IsoDate = string;

export interface DeadlineCalendarOptions {
  /** ISO 3166-1 alpha-2 country whose public holidays are not working days (FR by default). */
  country: string;
  /** Time zone in which "today" is read (Europe/Paris by default). */
  timeZone: string;
}

export interface ClockInput {
  receivedOn: IsoDate;
  /** Calendar days the clock stood still while waiting for the requester's proof of identity. */
  pausedDays: number;
  /** 0 (none) or the extra months granted by the one extension (1 or 2). */
  extensionMonths: number;
}

export interface RequestClock {
  /** Receipt + one month (+ paused days), on a working day. */
  dueOn: IsoDate;
  /** Receipt + three months (+ paused days), on a working day: the latest an extension can reach. */
  extendedDueOn: IsoDate;
  /** The date that applies now: dueOn, or receipt + (1 + extension) months when extended. */
  effectiveDueOn: IsoDate;
  /** Calendar days from today to effectiveDueOn; negative when overdue. */
  daysLeft: number;
  pausedDays: number;
}

const dayMs = 86_400_000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate): [number, number, number] {
  const match = isoDatePattern.exec(date);
  if (!match) throw new Error(`Not an ISO date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const toUtc = (date: IsoDate) => {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
};
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: IsoDate, days: number): IsoDate => fromUtc(toUtc(date) + days * dayMs);
export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((toUtc(to) - toUtc(from)) / dayMs);

/** The same day `months` later, clamped to that month's last day (31 Jan + 1 → 28 or 29 Feb). */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const targetMonthIndex = m - 1 + months;
  const lastDay = new Date(Date.UTC(y, targetMonthIndex + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(y, targetMonthIndex, Math.min(d, lastDay)));
}

export function createDeadlineCalendar({ country, timeZone }: DeadlineCalendarOptions) {
  const holidays = new Holidays(country);
  const byYear = new Map<number, Set<IsoDate>>();

  /** Public holidays only: observances (Mother's Day, Pentecost Sunday) are working days or Sundays anyway. */
  function holidaysOf(year: number): Set<IsoDate> {
    let set = byYear.get(year);
    if (!set) {
      set = new Set((holidays.getHolidays(year) || []).filter((holiday) => holiday.type === 'public').map((holiday) => holiday.date.slice(0, 10)));
      byYear.set(year, set);
    }
    return set;
  }

  function isWorkingDay(date: IsoDate): boolean {
    const weekday = new Date(toUtc(date)).getUTCDay();
    if (weekday === 0 || weekday === 6) return false;
    return !holidaysOf(parts(date)[0]).has(date);
  }

  function nextWorkingDay(date: IsoDate): IsoDate {
    let day = date;
    while (!isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }

  /** Receipt + `months`, + paused days, then the working-day rule. */
  function deadline(receivedOn: IsoDate, months: number, pausedDays = 0): IsoDate {
    return nextWorkingDay(addDays(addMonthsClamped(receivedOn, months), pausedDays));
  }

  /** Today as a calendar date in the provider's time zone. */
  function today(now: Date): IsoDate {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  }

  function clock(input: ClockInput, now: Date): RequestClock {
    const dueOn = deadline(input.receivedOn, 1, input.pausedDays);
    const extendedDueOn = deadline(input.receivedOn, 3, input.pausedDays);
    const effectiveDueOn = input.extensionMonths > 0 ? deadline(input.receivedOn, 1 + input.extensionMonths, input.pausedDays) : dueOn;
    return { dueOn, extendedDueOn, effectiveDueOn, daysLeft: daysBetween(today(now), effectiveDueOn), pausedDays: input.pausedDays };
  }

  return { isWorkingDay, nextWorkingDay, deadline, today, clock };
}

export type DeadlineCalendar = ReturnType<typeof createDeadlineCalendar>;

/** Due within this many days: shown in warning colours, counted on the dashboard. */
export const dueSoonDays = 7;

export type Urgency = 'overdue' | 'due_soon' | 'on_time' | 'closed';
export function urgencyOf(daysLeft: number, isClosed: boolean): Urgency {
  if (isClosed) return 'closed';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'due_soon' : 'on_time';
}
