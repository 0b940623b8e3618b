import type { Database_ } from '../../../db/client.js';
import { weekStart } from '../audit/audit.dashboard.js';
import type { SummaryContributor } from '../customer-summary/customer-summary.js';
import type { TileContributor } from '../dashboard/dashboard.registry.js';
import type { TileLink } from '../dashboard/dashboard.types.js';
import type { DueFilter } from './gdpr.schemas.js';
import type { GdprService } from './gdpr.service.js';

const weeksShown = 8;
const dayMs = 86_400_000;
const listOf = (due: DueFilter): TileLink => ({ resource: 'gdpr-requests', filter: { due } });

/**
 * The customer page's strip: the open request nearest its due date, with its days left, so an agent
 * on the phone knows the legal clock is running (SPEC §4.5). Overdue is danger, due within 7 days warning.
 */
export function gdprSummaryItems(service: GdprService): SummaryContributor {
  return ({ customerId, now }) => {
    const open = service.openViews(now, customerId);
    const nearest = open.sort((a, b) => a.daysLeft - b.daysLeft)[0];
    if (!nearest) return [];
    const overdue = nearest.urgency === 'overdue';
    const code = nearest.isPaused ? 'gdprRequestPaused' : overdue ? 'gdprRequestOverdue' : 'gdprRequest';
    const days = Math.abs(nearest.daysLeft);
    const message = nearest.isPaused
      ? `GDPR request ${nearest.reference}: clock paused (waiting for proof of identity)`
      : overdue
        ? `GDPR request ${nearest.reference} overdue by ${days} day(s)`
        : `GDPR request ${nearest.reference}, ${days} day(s) left`;
    return [
      {
        key: 'gdprRequest',
        tone: overdue ? 'danger' : nearest.urgency === 'due_soon' ? 'warning' : 'info',
        code,
        values: { reference: nearest.reference, days, count: open.length, right: { enum: 'gdprRight', values: [nearest.right] } },
        message,
        tab: 'gdpr',
      },
    ];
  };
}

/** Requests received per week (by date received), the last eight weeks. */
function weeklyIntake(database: Database_, now: Date) {
  const first = weekStart(now).getTime() - (weeksShown - 1) * 7 * dayMs;
  const from = new Date(first).toISOString().slice(0, 10);
  const counts = database.sqlite
    .prepare<{ from: string }, { week: number; n: number }>(
      `SELECT CAST((julianday(received_on) - julianday(@from)) / 7 AS INTEGER) AS week, count(*) AS n
       FROM gdpr_requests WHERE received_on >= @from GROUP BY week`,
    )
    .all({ from });
  const byWeek = new Map(counts.map((row) => [row.week, row.n]));
  return Array.from({ length: weeksShown }, (_, k) => ({ week: new Date(first + k * 7 * dayMs).toISOString().slice(0, 10), value: byWeek.get(k) ?? 0 }));
}

/** The compliance officer's home (SPEC §4.10): what is late, what is due this week, and the weekly intake. */
export function gdprDashboardTiles(database: Database_, service: GdprService): TileContributor[] {
  const counts = (now: Date) => {
    const open = service.openViews(now);
    const of = (urgency: string) => open.filter((r) => r.urgency === urgency).length;
    return { overdue: of('overdue'), dueSoon: of('due_soon'), onTime: of('on_time'), paused: open.filter((r) => r.isPaused).length };
  };
  return [
    {
      id: 'gdpr.overdue',
      access: 'gdpr.decide',
      order: 10,
      compute: ({ now }) => {
        const value = counts(now).overdue;
        return { kind: 'count', value, tone: value > 0 ? 'alarm' : 'good', link: listOf('overdue') };
      },
    },
    {
      id: 'gdpr.due_this_week',
      access: 'gdpr.decide',
      order: 11,
      compute: ({ now }) => {
        const value = counts(now).dueSoon;
        return { kind: 'count', value, tone: value > 0 ? 'attention' : 'normal', link: listOf('due_soon') };
      },
    },
    {
      id: 'gdpr.by_days_left',
      access: 'gdpr.decide',
      order: 12,
      compute: ({ now }) => {
        const { overdue, dueSoon, onTime } = counts(now);
        const item = (key: DueFilter, value: number, tone: 'alarm' | 'attention' | 'normal') => ({
          key,
          labelKey: `guichet.dashboard.tiles.gdpr.by_days_left.${key}`,
          value,
          tone: value > 0 ? tone : ('normal' as const),
          link: listOf(key),
        });
        return { kind: 'breakdown', items: [item('overdue', overdue, 'alarm'), item('due_soon', dueSoon, 'attention'), item('on_time', onTime, 'normal')] };
      },
    },
    {
      id: 'gdpr.weekly_volumes',
      access: 'gdpr.decide',
      order: 13,
      compute: ({ now }) => ({ kind: 'series', points: weeklyIntake(database, now), link: { resource: 'gdpr-requests' } }),
    },
  ];
}
