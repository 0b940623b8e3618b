import type { Database_ } from '../../../db/client.js';
import type { TileContributor } from '../dashboard/dashboard.registry.js';
import type { CountTile } from '../dashboard/dashboard.types.js';

/**
 * The agent's tile "accounts needing a new backup e-mail" (SPEC §4.10): accounts whose backup became
 * the primary and whose customer has not set a new backup yet, so an agent can follow up. The count
 * reads the partial index customers_new_backup_required_idx (only those accounts), and is exactly
 * what the list shows under the filter the tile links to.
 */
export function customerDashboardTiles({ sqlite }: Database_): TileContributor[] {
  const awaitingNewBackup = sqlite.prepare<[], number>('SELECT count(*) FROM customers WHERE new_backup_required = 1').pluck();
  return [
    {
      id: 'customers.new_backup_required',
      access: 'customers.read',
      roles: ['agent'],
      order: 40,
      compute(): CountTile {
        const value = awaitingNewBackup.get() ?? 0;
        return { kind: 'count', value, tone: value > 0 ? 'attention' : 'normal', link: { resource: 'customers', filter: { newBackupRequired: true } } };
      },
    },
  ];
}
