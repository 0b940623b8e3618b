// The tiles of the home dashboards (SPEC §4.10). The UI imports these types (type-only) and draws
// each kind the same way, whatever capability contributes the tile. Labels are the UI's:
// `guichet.dashboard.tiles.<id>.title` (and `.hint`), in the contributing resource's i18n file.

/** Where a tile leads: a react-admin list with a filter (or any console path). */
export interface TileLink {
  resource: string;
  filter?: Record<string, unknown>;
  /** A path inside the console instead of a list (e.g. `/audit-log/verify`). */
  path?: string;
}

export type TileTone = 'normal' | 'attention' | 'alarm' | 'good';

export interface CountTile {
  kind: 'count';
  value: number;
  tone?: TileTone;
  /** A second figure under the value (e.g. the oldest item's age in hours), with its label key. */
  secondary?: { labelKey: string; params: Record<string, string | number> };
  link?: TileLink;
}

/** A few counts side by side (flags by severity, requests by days left), each with its own link. */
export interface BreakdownTile {
  kind: 'breakdown';
  items: { key: string; labelKey: string; value: number; tone?: TileTone; link?: TileLink }[];
}

/** A weekly series, drawn as a bar chart. `week` is the Monday (UTC) the week starts on. */
export interface SeriesTile {
  kind: 'series';
  points: { week: string; value: number }[];
  link?: TileLink;
}

/** Good or broken, with a sentence key and its parameters (the audit chain's status). */
export interface StatusTile {
  kind: 'status';
  ok: boolean;
  labelKey: string;
  params: Record<string, string | number>;
  link?: TileLink;
}

export type TileData = CountTile | BreakdownTile | SeriesTile | StatusTile;

export type DashboardTile = TileData & {
  /** `<capability>.<name>`, e.g. `audit.review_queue`; also the i18n key of its title. */
  id: string;
};

export interface DashboardResponse {
  tiles: DashboardTile[];
}
