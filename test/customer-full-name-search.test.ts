import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldSearchKey, fullNameKey } from '../server/modules/customers/query/search-keys.js';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';

// Callers give their first and last name, in either order: several words must find them,
// exact full names first. The rows are made here by the factories, on a server without demo data.

let server: TestServer;
let agent: ApiClient;
const made = new Map<string, number>();

function insertCustomer(key: string, firstName: string, lastName: string): void {
  made.set(key, server.factories.customer({ firstName, lastName }).id);
}

beforeAll(async () => {
  server = await startTestServer();
  agent = await signedInAs(server.baseUrl, 'agent');
  insertCustomer('helene', 'Hélène', 'Lefèvre');
  insertCustomer('jean', 'Jean', 'Dupont');
  insertCustomer('jeanne', 'Jeanne', 'Dupont');
  insertCustomer('jeanDupontel', 'Jean', 'Dupontel');
  insertCustomer('jeanPierre', 'Jean-Pierre', 'Dupont');
  insertCustomer('oConnor', 'Siobhán', "O'Connor");
  // Namesakes of a word, not of the full name.
  insertCustomer('heleneOther', 'Hélène', 'Martin');
  insertCustomer('otherLefevre', 'Paul', 'Lefèvre');
});
afterAll(() => server.close());

interface Row {
  id: number;
  firstName: string;
  lastName: string;
}

async function search(q: string): Promise<Row[]> {
  const filter = encodeURIComponent(JSON.stringify({ q }));
  const response = await agent.get<Row[]>(`/api/customers?filter=${filter}&range=[0,99]&sort=${encodeURIComponent('["id","DESC"]')}`);
  expect(response.status).toBe(200);
  return response.body;
}

/** The full name both ways round, folded as the index folds it. */
const fullNames = (row: Row) => [`${row.firstName} ${row.lastName}`, `${row.lastName} ${row.firstName}`].map((name) => foldSearchKey(name).replace(/-/g, ' '));

describe('search by full name', () => {
  it.each<[string, string[]]>([
    ['helene lefevre', ['helene']],
    ['Hélène Lefèvre', ['helene']],
    ['lefevre helene', ['helene']],
    ['LEFÈVRE, Hélène', ['helene']],
    ['helene lef', ['helene']],
    ['jean dupont', ['jean', 'jeanDupontel']],
    ['Jean Dupont', ['jean', 'jeanDupontel']],
    ['dupont jean', ['jean', 'jeanPierre', 'jeanne']],
    ['jean pierre dupont', ['jeanPierre']],
    ['Jean-Pierre Dupont', ['jeanPierre']],
    ['dupont jean-pierre', ['jeanPierre']],
    ["siobhan o'connor", ['oConnor']],
    ['o connor siobhan', ['oConnor']],
  ])('%s finds exactly the customers whose full name starts with it, in rank order', async (q, expected) => {
    const rows = await search(q);
    const typed = fullNameKey(foldSearchKey(q)) as string;
    // Every answer is a full-name match…
    for (const row of rows)
      expect(
        fullNames(row).some((name) => name.startsWith(typed)),
        `${row.firstName} ${row.lastName}`,
      ).toBe(true);
    // …they are exactly the expected customers, exact names first, then by the name that matched…
    expect(rows.map((row) => row.id)).toEqual(expected.map((key) => made.get(key)));
    // …and no partial match comes before an exact one.
    const isExact = rows.map((row) => fullNames(row).includes(typed));
    expect(isExact.indexOf(false) === -1 || isExact.lastIndexOf(true) < isExact.indexOf(false)).toBe(true);
  });

  it('still finds each word alone, and nothing for a name nobody has', async () => {
    expect((await search('Lefèvre')).map((row) => row.id)).toEqual([made.get('helene'), made.get('otherLefevre')]);
    expect((await search('helene')).map((row) => row.id)).toEqual([made.get('helene'), made.get('heleneOther')]);
    expect(await search('helene dupont')).toEqual([]);
  });

  it('puts the exact full name first among many customers who share the words', async () => {
    // Two Jean Duponts: both exact; then prefixes (Jean Dupontel); a Dupont called Jeanne is not a "jean dupont".
    insertCustomer('jean2', 'Jean', 'Dupont');
    const rows = await search('jean dupont');
    const exact = rows.filter((row) => fullNames(row).includes('jean dupont')).map((row) => row.id);
    expect(exact).toEqual([...exact].sort((a, b) => a - b));
    expect(exact).toEqual(expect.arrayContaining([made.get('jean'), made.get('jean2')]));
    expect(rows.slice(0, exact.length).map((row) => row.id)).toEqual(exact);
    expect(rows.map((row) => row.id)).not.toContain(made.get('jeanne'));
  });
});
