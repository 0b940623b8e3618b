import type { Database_ } from '../../../db/client.js';
import type { TileContributor } from '../dashboard/dashboard.registry.js';
import type { CountTile } from '../dashboard/dashboard.types.js';
import { readyForApprovalParams, readyForApprovalSql } from './email-claims.ready.js';

const dayMs = 86_400_000;

/**
 * The claims' dashboard tiles (SPEC §4.10). Agent: the claims they work that are still undecided,
 * and the claims waiting for the customer's documents. Lead: the claims in review they may approve
 * now (every required document accepted, and they neither recorded nor reviewed it: four-eyes).
 */
export function claimDashboardTiles({ sqlite }: Database_, config: { undecidedDays: number }): TileContributor[] {
  const mine = sqlite.prepare<[number], { count: number; oldest: string | null }>(
    `SELECT count(*) AS count, min(received_on) AS oldest FROM email_claims
     WHERE assignee_id = ? AND state IN ('received', 'in_review', 'awaiting_documents')`,
  );
  const awaitingDocuments = sqlite.prepare<[], { count: number; oldest: string | null }>(
    `SELECT count(*) AS count, min(received_on) AS oldest FROM email_claims WHERE state = 'awaiting_documents'`,
  );
  const ready = sqlite.prepare<Record<string, unknown>, { ready: number; inReview: number }>(
    `SELECT coalesce(sum(${readyForApprovalSql}), 0) AS ready, count(*) AS inReview FROM email_claims t WHERE t.state = 'in_review'`,
  );
  const ageDays = (oldest: string | null, now: Date) => (oldest ? Math.max(0, Math.floor((now.getTime() - Date.parse(`${oldest}T00:00:00Z`)) / dayMs)) : 0);
  const tone = (count: number, days: number): CountTile['tone'] => (count === 0 ? 'good' : days >= config.undecidedDays ? 'alarm' : 'attention');

  return [
    {
      id: 'claims.mine_open',
      access: 'claims.manage',
      roles: ['agent'],
      order: 20,
      compute({ staff, now }): CountTile {
        const { count, oldest } = mine.get(staff.id) ?? { count: 0, oldest: null };
        const days = ageDays(oldest, now);
        return {
          kind: 'count',
          value: count,
          tone: tone(count, days),
          ...(oldest ? { secondary: { labelKey: 'guichet.dashboard.tiles.claims.oldest', params: { days } } } : {}),
          link: { resource: 'email-claims', filter: { assigneeId: staff.id, undecided: true } },
        };
      },
    },
    {
      id: 'claims.awaiting_documents',
      access: 'claims.manage',
      roles: ['agent'],
      order: 25,
      compute({ now }): CountTile {
        const { count, oldest } = awaitingDocuments.get() ?? { count: 0, oldest: null };
        const days = ageDays(oldest, now);
        return {
          kind: 'count',
          value: count,
          tone: tone(count, days),
          ...(oldest ? { secondary: { labelKey: 'guichet.dashboard.tiles.claims.oldest', params: { days } } } : {}),
          link: { resource: 'email-claims', filter: { state: 'awaiting_documents' } },
        };
      },
    },
    {
      id: 'claims.awaiting_my_approval',
      access: 'claims.approve',
      order: 15,
      compute({ staff }): CountTile {
        const counts = ready.get(readyForApprovalParams(staff.id)) ?? { ready: 0, inReview: 0 };
        return {
          kind: 'count',
          value: counts.ready,
          tone: counts.ready > 0 ? 'attention' : 'normal',
          secondary: { labelKey: 'guichet.dashboard.tiles.claims.awaiting_my_approval.in_review', params: { smart_count: counts.inReview } },
          link: { resource: 'email-claims', filter: { readyForApprovalBy: staff.id } },
        };
      },
    },
  ];
}
