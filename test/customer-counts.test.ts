import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerIdBucketBits, customerIdBucketSize } from '../db/schema/customer-counts.js';
import { cappedCountLimit } from '../server/http/list-total.js';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';

// customer_counts and customer_id_buckets are kept by triggers; the list's totals and deep pages
// trust them, so they must equal a plain COUNT after anything that changes customers.

let server: TestServer;
let agent: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ customers: 2 * customerIdBucketSize + 500 });
  agent = await signedInAs(server.baseUrl, 'agent');
});
afterAll(() => server.close());

const all = (sql: string) => server.database.sqlite.prepare(sql).all();
const sqlite = () => server.database.sqlite;

function expectCountsExact() {
  expect(all('SELECT state, country, legal_form, has_backup_email, n FROM customer_counts WHERE n > 0 ORDER BY 1, 2, 3, 4')).toEqual(
    all(
      'SELECT state, country, legal_form, backup_email IS NOT NULL AS has_backup_email, count(*) AS n FROM customers GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4',
    ),
  );
  expect(all('SELECT bucket, state, country, legal_form, has_backup_email, n FROM customer_id_buckets WHERE n > 0 ORDER BY 1, 2, 3, 4, 5')).toEqual(
    all(
      `SELECT id >> ${customerIdBucketBits} AS bucket, state, country, legal_form, backup_email IS NOT NULL AS has_backup_email, count(*) AS n
       FROM customers GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    ),
  );
}

async function totalOf(filter: Record<string, unknown>): Promise<number> {
  const response = await agent.get(`/api/customers?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,0]`);
  return Number(response.headers.get('content-range')?.split('/')[1]);
}

describe('customer counts', () => {
  it('match the customers after seeding', () => expectCountsExact());

  it('follow updates of state, country, legal form and backup e-mail, and ignore other columns', () => {
    sqlite().exec(`
      UPDATE customers SET state = 'suspended' WHERE id % 7 = 0 AND state = 'active';
      UPDATE customers SET country = 'IE', legal_form = 'association' WHERE id % 11 = 0;
      UPDATE customers SET backup_email = NULL WHERE id % 13 = 0;
      UPDATE customers SET backup_email = 'new.' || id || '@example.org' WHERE id % 17 = 0;
      UPDATE customers SET city = 'Lyon', version = version + 1 WHERE id % 5 = 0;`);
    expectCountsExact();
  });

  it('follow inserts and deletes', () => {
    const { lastInsertRowid } = sqlite()
      .prepare(
        `INSERT INTO customers (nic_handle, customer_code, legal_form, first_name, last_name, address_line1, postal_code, city, country, language,
           primary_email, subsidiary, last_name_key, first_name_key, state) VALUES ('qq9000001-ovh', '00900009', 'company', 'Q', 'Q', '1 rue', '1000', 'Bruxelles', 'BE', 'fr',
           'q@example.org', 'BE', 'q', 'q', 'erased')`,
      )
      .run();
    expectCountsExact();
    sqlite().prepare('DELETE FROM customers WHERE id = ?').run(lastInsertRowid);
    expectCountsExact();
  });

  it('roll back with the transaction that changed the customers', () => {
    expect(() =>
      sqlite().transaction(() => {
        sqlite().exec("UPDATE customers SET state = 'erased' WHERE id < 100");
        throw new Error('abort');
      })(),
    ).toThrow('abort');
    expectCountsExact();
  });

  it('give the list its totals, which a promotion of the backup e-mail moves at once', async () => {
    const customer = sqlite()
      .prepare("SELECT id, version FROM customers WHERE backup_email IS NOT NULL AND state = 'active' ORDER BY id DESC LIMIT 1")
      .get() as { id: number; version: number };
    const withBackup = await totalOf({ hasBackupEmail: true });
    const without = await totalOf({ hasBackupEmail: false });
    expect(withBackup + without).toBe(await totalOf({}));
    const promoted = await agent.post(`/api/customers/${customer.id}/promote-backup-email`, {
      ticketRef: 'TCK-1234',
      identityCheck: 'security_questions',
      reason: 'Primary mailbox closed',
      version: customer.version,
    });
    expect(promoted.status).toBe(200);
    expect(await totalOf({ hasBackupEmail: true })).toBe(withBackup - 1);
    expect(await totalOf({ hasBackupEmail: false })).toBe(without + 1);
  });
});

describe('totals that are not counted in customer_counts', () => {
  it('counts a getMany of more ids than a page exactly', async () => {
    const ids = Array.from({ length: 60 }, (_, n) => n + 1);
    const response = await agent.get<unknown[]>(`/api/customers?filter=${encodeURIComponent(JSON.stringify({ id: ids }))}&range=[0,24]`);
    expect(response.body).toHaveLength(25);
    expect(response.headers.get('content-range')).toBe('customers 0-24/60');
  });

  it('counts the unpaid-invoice filter exactly when the matches are few, and says "at least" when not', async () => {
    const unpaid = (all("SELECT count(DISTINCT customer_id) AS n FROM invoices WHERE status = 'unpaid'")[0] as { n: number }).n;
    const response = await agent.get(`/api/customers?filter=${encodeURIComponent('{"hasUnpaidInvoice":true}')}&range=[0,24]`);
    const total = Number(response.headers.get('content-range')?.split('/')[1]);
    const cap = cappedCountLimit(0, 25);
    expect(total).toBe(Math.min(unpaid, cap));
    expect(response.headers.get('x-total-capped')).toBe(unpaid >= cap ? 'true' : null);
    const notUnpaid = await agent.get(`/api/customers?filter=${encodeURIComponent('{"hasUnpaidInvoice":false}')}&range=[0,24]`);
    expect(notUnpaid.headers.get('content-range')).toBe(`customers 0-24/${cap}`);
    expect(notUnpaid.headers.get('x-total-capped')).toBe('true');
  });
});

describe('deep pages through the id buckets', () => {
  it.each([
    [{}, 'DESC'],
    [{}, 'ASC'],
    [{ state: 'active' }, 'DESC'],
    [{ state: 'suspended' }, 'ASC'],
    [{ country: 'FR', hasBackupEmail: false }, 'DESC'],
    [{ legalForm: 'company', hasBackupEmail: true }, 'ASC'],
  ])('%j sorted by id %s: every page at every depth equals plain OFFSET', async (filter, order) => {
    const columns: Record<string, string> = { state: 'state', country: 'country', legalForm: 'legal_form' };
    const conditions = Object.entries(filter).map(([name, value]) =>
      name === 'hasBackupEmail' ? `backup_email IS ${value ? 'NOT NULL' : 'NULL'}` : `${columns[name]} = '${String(value)}'`,
    );
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const offsetIds = (offset: number) =>
      (all(`SELECT id FROM customers ${where} ORDER BY id ${order} LIMIT 25 OFFSET ${offset}`) as Array<{ id: number }>).map((r) => r.id);
    const total = (all(`SELECT count(*) AS n FROM customers ${where}`)[0] as { n: number }).n;
    for (const offset of [customerIdBucketSize - 3, customerIdBucketSize, customerIdBucketSize + 4090, total - 10, total + 5]) {
      if (offset < 0) continue;
      const response = await agent.get<Array<{ id: number }>>(
        `/api/customers?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(JSON.stringify(['id', order]))}&range=[${offset},${offset + 24}]`,
      );
      expect(
        response.body.map((c) => c.id),
        `offset ${offset}`,
      ).toEqual(offsetIds(offset));
      expect(response.headers.get('content-range')).toMatch(new RegExp(`/${total}$`));
    }
  });
});
