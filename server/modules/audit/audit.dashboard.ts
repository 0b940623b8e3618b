import type { TileContributor } from '../dashboard/dashboard.registry.js';
import type { StatusTile } from '../dashboard/dashboard.types.js';
import type { AuditRepository } from './audit.repository.js';
import type { Checkpoints } from './checkpoints.service.js';

const weekMs = 7 * 86_400_000;
const weeksShown = 8;
// The chain status shown on a dashboard is at most this old; older, it is verified again (from the last checkpoint).
const statusFreshMs = 5 * 60_000;

/** Monday 00:00 UTC of the week holding `now`. */
export function weekStart(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
}

/**
 * Entries per week over the last weeks: ids are contiguous and follow time, so a week's volume is the
 * difference of the first ids at its two boundaries (one index seek each), whatever the log's size.
 */
export function weeklyVolumes(repository: AuditRepository, now: Date) {
  const head = repository.last()?.id ?? 0;
  const first = weekStart(now).getTime() - (weeksShown - 1) * weekMs;
  const boundaries = Array.from({ length: weeksShown + 1 }, (_, k) => new Date(first + k * weekMs));
  const ids = boundaries.map((at, k) => (k === weeksShown ? head + 1 : (repository.firstIdAtOrAfter(at.toISOString()) ?? head + 1)));
  return boundaries.slice(0, weeksShown).map((at, k) => ({ week: at.toISOString().slice(0, 10), value: ids[k + 1]! - ids[k]! }));
}

export function auditDashboardTiles({ repository, checkpoints }: { repository: AuditRepository; checkpoints: Checkpoints }): TileContributor[] {
  return [
    {
      id: 'audit.chain_status',
      access: 'audit.read',
      order: 80,
      async compute({ now }): Promise<StatusTile> {
        const cached = checkpoints.lastReport();
        const report = cached && now.getTime() - Date.parse(cached.verifiedAt) < statusFreshMs ? cached : await checkpoints.verify('checkpoint');
        const link = { resource: 'audit-log', path: '/audit-checkpoints' };
        if (report.ok)
          return { kind: 'status', ok: true, labelKey: 'guichet.audit.verify.intact', params: { entries: report.entries, at: report.verifiedAt }, link };
        const params = { id: report.firstBad?.id ?? 0, problem: report.firstBad?.problem ?? '' };
        return { kind: 'status', ok: false, labelKey: 'guichet.audit.verify.broken', params, link };
      },
    },
    {
      id: 'audit.weekly_volumes',
      access: 'audit.read',
      roles: ['lead'],
      order: 90,
      compute: ({ now }) => ({ kind: 'series', points: weeklyVolumes(repository, now), link: { resource: 'audit-log' } }),
    },
  ];
}
