import { eq, getTableColumns, getTableName, is } from 'drizzle-orm';
import { SQLiteTable, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Database_ } from '../../../db/client.js';
import * as schema from '../../../db/schema/index.js';
import type { AuditLog } from '../audit/audit.service.js';
import { personalDataMap, type ReportSection } from './personal-data-map.js';

type Row = Record<string, unknown>;

/** The drizzle table for each SQL table name, so rows come back typed (booleans, JSON) and camelCased. */
const tablesByName = new Map<string, SQLiteTable>();
for (const value of Object.values(schema) as unknown[]) if (is(value, SQLiteTable)) tablesByName.set(getTableName(value), value);

export interface SubjectData {
  customerId: number;
  /** The account row itself (identity). */
  customer: Row;
  /** Rows of every other table tied to the customer, by SQL table name, without derived columns. */
  tables: Record<string, Row[]>;
  audit: {
    id: number;
    at: string;
    actorRole: string | null;
    action: string;
    targetType: string;
    targetId: string | null;
    ticketRef: string | null;
    reason: string | null;
    personal: unknown;
  }[];
}

/**
 * Everything held about one customer, read through the map of personal data: the Art. 15 report
 * and the Art. 20 export both start here, outside any write transaction (reads only).
 */
export function createSubjectDataReader(database: Database_, audit: AuditLog) {
  const auditRows = database.sqlite.prepare<[number]>(
    'SELECT id, at, actor_role AS actorRole, action, target_type AS targetType, target_id AS targetId, ticket_ref AS ticketRef, reason, personal FROM audit_log WHERE customer_id = ? ORDER BY id',
  );

  /** Drops derived columns (search keys) and secrets: they are not data "about" the person to disclose. */
  function visibleColumns(sqlTable: string, table: SQLiteTable): [string, AnySQLiteColumn][] {
    const rule = personalDataMap[sqlTable];
    return Object.entries(getTableColumns(table)).filter(([, column]) => {
      const kind = rule?.columns[column.name]?.kind;
      return kind !== 'derived' && kind !== 'encrypted' && kind !== 'staff';
    }) as [string, AnySQLiteColumn][];
  }

  function rowsOf(sqlTable: string, customerId: number): Row[] {
    const rule = personalDataMap[sqlTable];
    const table = tablesByName.get(sqlTable);
    if (!rule?.customerColumn || !table) return [];
    const columns = visibleColumns(sqlTable, table);
    const key = Object.values(getTableColumns(table)).find((column) => column.name === rule.customerColumn) as AnySQLiteColumn;
    return database.db.select(Object.fromEntries(columns)).from(table).where(eq(key, customerId)).all();
  }

  function collect(customerId: number): SubjectData | null {
    const [customer] = rowsOf('customers', customerId);
    if (!customer) return null;
    const tables: Record<string, Row[]> = {};
    for (const [name, rule] of Object.entries(personalDataMap)) {
      if (name === 'customers' || !rule.customerColumn || (!rule.report && !rule.portable)) continue;
      if (name === 'audit_log') continue;
      tables[name] = rowsOf(name, customerId);
    }
    const entries = (auditRows.all(customerId) as (Row & { personal: string | null })[]).map((row) => ({
      ...(row as unknown as SubjectData['audit'][number]),
      personal: audit.openPersonal(customerId, row.personal),
    }));
    return { customerId, customer, tables, audit: entries };
  }

  return { collect };
}

export type SubjectDataReader = ReturnType<typeof createSubjectDataReader>;

/** Tables by report section, in the report's order. */
export function tablesForSection(section: ReportSection): string[] {
  return Object.entries(personalDataMap)
    .filter(([, rule]) => rule.report === section)
    .map(([name]) => name);
}
