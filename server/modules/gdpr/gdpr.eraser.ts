import { join } from 'node:path';
import type { Database_ } from '../../../db/client.js';
import { erasedHandle, personalDataMap, type PersonalErasure, type TableRule } from './personal-data-map.js';

type Row = Record<string, unknown> & { id?: number };

export interface ErasurePlan {
  /** Rows removed or anonymised, by table. */
  counts: Record<string, number>;
  /** Files to delete once the change is committed (paths relative to UPLOAD_DIR). */
  files: string[];
}

/**
 * Removes or anonymises one customer's personal data in every table, exactly as the map says. Runs
 * inside the erasure's change (synchronous SQL only). Table and column names come from the map, never
 * from input. Retained tables are left alone; crypto-shredded values are handled by destroying the key.
 */
export function createEraser({ sqlite }: Database_) {
  const idsOf = (table: string, rule: TableRule, customerId: number): { where: string; params: unknown[] } => {
    if (rule.customerColumn) return { where: `${rule.customerColumn} = ?`, params: [customerId] };
    const parent = rule.parent!;
    const parentRule = personalDataMap[parent.table]!;
    return { where: `${parent.column} IN (SELECT id FROM ${parent.table} WHERE ${parentRule.customerColumn} = ?)`, params: [customerId] };
  };

  const valueOf = (erase: PersonalErasure, customerId: number) => (erase.set === 'null' ? null : erase.value({ customerId }));

  function erase(customerId: number, nicHandle: string): ErasurePlan {
    const counts: Record<string, number> = {};
    const files: string[] = [];
    const entries = Object.entries(personalDataMap).filter(([, rule]) => rule.customerColumn || rule.parent);
    // Children first: rows found through a parent go before the parent's own rows change.
    entries.sort(([, a], [, b]) => Number(Boolean(b.parent)) - Number(Boolean(a.parent)));
    for (const [table, rule] of entries) {
      if (table === 'customers') continue;
      const { where, params } = idsOf(table, rule, customerId);
      if (rule.erasure === 'delete') {
        if (rule.files) {
          const paths = sqlite
            .prepare(`SELECT ${rule.files.pathColumn} AS path FROM ${table} WHERE ${where}`)
            .pluck()
            .all(...params) as string[];
          files.push(...paths.filter(Boolean).map((path) => (rule.files?.under ? join(rule.files.under, path) : path)));
        }
        counts[table] = sqlite.prepare(`DELETE FROM ${table} WHERE ${where}`).run(...params).changes;
      } else if (rule.erasure === 'anonymise') {
        counts[table] = anonymiseRows(table, rule, where, params, customerId);
      }
    }
    // References to the person's handle on other accounts' services (delegated contacts).
    for (const [table, rule] of Object.entries(personalDataMap)) {
      for (const [column, columnRule] of Object.entries(rule.columns)) {
        if (columnRule.kind !== 'handle-reference') continue;
        sqlite.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${column} = ?`).run(erasedHandle(customerId), nicHandle);
      }
    }
    counts.customers = anonymiseRows('customers', personalDataMap.customers!, 'id = ?', [customerId], customerId);
    sqlite.prepare("UPDATE customers SET state = 'erased', processing_restricted = 1 WHERE id = ?").run(customerId);
    return { counts, files };
  }

  // One UPDATE per table for all the subject's rows (set-based: the values depend on the customer only),
  // not one per row: the erasure's transaction holds the event loop, so it must stay short.
  function anonymiseRows(table: string, rule: TableRule, where: string, params: unknown[], customerId: number): number {
    const columns = Object.entries(rule.columns).flatMap(([name, columnRule]) =>
      columnRule.kind === 'personal' || columnRule.kind === 'derived' ? [[name, columnRule.erase] as const] : [],
    );
    if (columns.length === 0) return 0;
    return sqlite
      .prepare(`UPDATE ${table} SET ${columns.map(([name]) => `${name} = ?`).join(', ')} WHERE ${where}`)
      .run(...columns.map(([, erase]) => valueOf(erase, customerId)), ...params).changes;
  }

  /** What the law keeps: the billed party of the invoices, as it stood before erasure. */
  function billedParty(customerId: number): { party: Row; invoiceNumbers: string[] } {
    const party = sqlite
      .prepare(
        `SELECT nic_handle AS nicHandle, customer_code AS customerCode, legal_form AS legalForm, first_name AS firstName, last_name AS lastName,
         organisation, address_line1 AS addressLine1, address_line2 AS addressLine2, postal_code AS postalCode, city, country FROM customers WHERE id = ?`,
      )
      .get(customerId) as Row;
    const invoiceNumbers = sqlite.prepare('SELECT number FROM invoices WHERE customer_id = ? ORDER BY id').pluck().all(customerId) as string[];
    return { party, invoiceNumbers };
  }

  return { erase, billedParty };
}

export type Eraser = ReturnType<typeof createEraser>;
