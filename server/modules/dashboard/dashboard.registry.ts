import type { StaffRole } from '../../../db/schema/staff.js';
import { isAllowed, type Permission } from '../../http/policy.js';
import type { SignedInStaff } from '../../http/routes.js';
import type { DashboardTile, TileData } from './dashboard.types.js';

/** What a contributor knows when it computes its tile. */
export interface TileContext {
  staff: SignedInStaff;
  now: Date;
}

/**
 * One tile a capability adds to the home dashboards. A tile for something that does not exist is not
 * registered at all; `compute` returns null when it has nothing to say for this person.
 */
export interface TileContributor {
  id: string;
  /** Who may see it: the permission its link needs. */
  access: Permission;
  /** Narrower than the permission when a tile is one role's work (e.g. the agent's own queue). */
  roles?: readonly StaffRole[];
  /** Position on the page (lower first); tiles of the same order keep their registration order. */
  order: number;
  compute(context: TileContext): TileData | null | Promise<TileData | null>;
}

export function createDashboard(log: (line: string) => void = () => {}) {
  const contributors: TileContributor[] = [];

  async function tilesFor(context: TileContext): Promise<DashboardTile[]> {
    const visible = contributors
      .filter((tile) => isAllowed(context.staff.role, tile.access) && (!tile.roles || tile.roles.includes(context.staff.role)))
      .sort((a, b) => a.order - b.order);
    const tiles: DashboardTile[] = [];
    for (const contributor of visible) {
      try {
        const data = await contributor.compute(context);
        if (data) tiles.push({ id: contributor.id, ...data });
      } catch (error) {
        // One failing tile must not take the others down; it is absent and logged (no personal data).
        log(`dashboard tile ${contributor.id} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return tiles;
  }

  return {
    register: (...tiles: TileContributor[]) => void contributors.push(...tiles),
    tilesFor,
  };
}

export type Dashboard = ReturnType<typeof createDashboard>;
