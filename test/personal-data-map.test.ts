import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { engineTables, personalDataMap } from '../server/modules/gdpr/personal-data-map.js';

/** The schema as the real migrations build it: tables and their columns. */
function migratedSchema(): Map<string, string[]> {
  const database = openDatabase(':memory:');
  migrateDatabase(database);
  const tables = database.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  const schema = new Map<string, string[]>();
  for (const { name } of tables) {
    if (engineTables.includes(name)) continue;
    schema.set(
      name,
      (database.sqlite.prepare('SELECT name FROM pragma_table_info(?)').all(name) as { name: string }[]).map((c) => c.name),
    );
  }
  database.sqlite.close();
  return schema;
}

const howToClassify = `
Classify it in server/modules/gdpr/personal-data-map.ts (the one map of personal data that GDPR
erasure, the Art. 15 report and the Art. 20 export read):
  - a new table: add an entry { describes, customerColumn?, erasure: 'anonymise' | 'delete' | 'retain'
    | 'crypto-shred' | 'not-customer-data', report?, portable?, files?, columns: {...} };
  - each column: fact (ids, states, amounts, times), personal with what erasure writes
    (cleared / erasedText / placeholder(...)), derived, handle-reference, encrypted or staff.
Files the rows point to (uploads): declare files: { pathColumn } so erasure deletes them.`;

describe('the map of personal data', () => {
  const schema = migratedSchema();

  it('classifies every table and every column of the migrated schema', () => {
    const missing: string[] = [];
    for (const [table, columns] of schema) {
      const rule = personalDataMap[table];
      if (!rule) {
        missing.push(`table ${table} (columns: ${columns.join(', ')})`);
        continue;
      }
      for (const column of columns) if (!rule.columns[column]) missing.push(`column ${table}.${column}`);
    }
    expect(missing, `Not classified:\n  ${missing.join('\n  ')}\n${howToClassify}`).toEqual([]);
  });

  it('names only tables and columns that exist', () => {
    const unknown: string[] = [];
    for (const [table, rule] of Object.entries(personalDataMap)) {
      const columns = schema.get(table);
      if (!columns) {
        unknown.push(`table ${table}`);
        continue;
      }
      for (const column of Object.keys(rule.columns)) if (!columns.includes(column)) unknown.push(`column ${table}.${column}`);
      if (rule.customerColumn && !columns.includes(rule.customerColumn)) unknown.push(`customerColumn ${table}.${rule.customerColumn}`);
      if (rule.parent && !(columns.includes(rule.parent.column) && schema.has(rule.parent.table)))
        unknown.push(`parent ${rule.parent.table} via ${table}.${rule.parent.column}`);
      if (rule.files && !columns.includes(rule.files.pathColumn)) unknown.push(`files.pathColumn ${table}.${rule.files.pathColumn}`);
    }
    expect(unknown, 'personal-data-map.ts names what the schema does not have').toEqual([]);
  });

  it('ties every table that has a customer_id column to the customer', () => {
    const untied = [...schema].filter(([table, columns]) => columns.includes('customer_id') && !personalDataMap[table]?.customerColumn).map(([t]) => t);
    expect(untied, `These tables hold rows about a customer: give them customerColumn: 'customer_id'.\n${howToClassify}`).toEqual([]);
  });

  it('says how erasure reaches every table that holds customer data', () => {
    const unreachable = Object.entries(personalDataMap)
      .filter(([, rule]) => rule.erasure !== 'not-customer-data' && !rule.customerColumn && !rule.parent)
      .map(([table]) => table);
    expect(unreachable, `Give these tables customerColumn or parent: { table, column }.\n${howToClassify}`).toEqual([]);
  });

  it('gives every retained table its legal basis and duration', () => {
    const retained = Object.entries(personalDataMap).filter(([, rule]) => rule.erasure === 'retain');
    expect(retained.map(([t]) => t)).toEqual(['invoices', 'orders', 'retained_billing_identities']);
    for (const [, rule] of retained) expect(rule.retention).toEqual({ years: 10, basis: 'Code de commerce, art. L123-22' });
  });
});
