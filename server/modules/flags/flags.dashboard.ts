import type { Database_ } from '../../../db/client.js';
import { flagSeverities, severityRank } from '../../../db/schema/flags.js';
import type { TileContributor } from '../dashboard/dashboard.registry.js';
import type { BreakdownTile, CountTile } from '../dashboard/dashboard.types.js';

const dayMs = 86_400_000;
/** An open flag older than this is shown apart on the lead's tile: nobody has closed it in a week. */
export const staleFlagDays = 7;

/**
 * The flags' dashboard tiles (SPEC §4.10): the agent's own hand-raised flags still open, and the
 * lead's queue by severity and age. Each count is exactly what its link's list filter shows.
 */
export function flagDashboardTiles({ sqlite }: Database_): TileContributor[] {
  // flags_raised_by_idx and flags_queue_idx: index-only counts, whatever the number of flags.
  const raisedByOpen = sqlite.prepare<[number], number>('SELECT count(*) FROM flags WHERE raised_by = ? AND is_active = 1').pluck();
  const activeBySeverity = sqlite.prepare<[], { rank: number; count: number }>(
    'SELECT severity_rank AS rank, count(*) AS count FROM flags WHERE is_active = 1 GROUP BY severity_rank',
  );
  const activeRaisedBefore = sqlite.prepare<[string], number>('SELECT count(*) FROM flags WHERE is_active = 1 AND raised_at < ?').pluck();

  return [
    {
      id: 'flags.raised_by_me',
      access: 'flags.raise',
      roles: ['agent'],
      order: 30,
      compute({ staff }): CountTile {
        const value = raisedByOpen.get(staff.id) ?? 0;
        return { kind: 'count', value, tone: value > 0 ? 'attention' : 'normal', link: { resource: 'flags', filter: { raisedBy: staff.id, isActive: true } } };
      },
    },
    {
      id: 'flags.queue',
      access: 'flags.triage',
      order: 20,
      compute({ now }): BreakdownTile {
        const counts = new Map(activeBySeverity.all().map((row) => [row.rank, row.count]));
        const staleBefore = new Date(now.getTime() - staleFlagDays * dayMs).toISOString();
        const stale = activeRaisedBefore.get(staleBefore) ?? 0;
        const bySeverity = [...flagSeverities].reverse().map((severity) => {
          const value = counts.get(severityRank[severity]) ?? 0;
          const tone = value === 0 ? ('normal' as const) : severity === 'high' ? ('alarm' as const) : ('attention' as const);
          return {
            key: severity,
            labelKey: `guichet.enums.flagSeverity.${severity}`,
            value,
            tone,
            link: { resource: 'flags', filter: { isActive: true, severity } },
          };
        });
        return {
          kind: 'breakdown',
          items: [
            ...bySeverity,
            {
              key: 'stale',
              labelKey: 'guichet.dashboard.tiles.flags.queue.stale',
              value: stale,
              tone: stale > 0 ? 'attention' : 'normal',
              link: { resource: 'flags', filter: { isActive: true, raisedBefore: staleBefore } },
            },
          ],
        };
      },
    },
  ];
}
