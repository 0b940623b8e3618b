import type { Database_ } from '../../../db/client.js';
import { createStatementCache } from '../../../db/statement-cache.js';
import type { ListQueryOf } from '../../http/list-query.js';
import { createCustomerList, type CustomerPage } from './query/customer-list.js';
import { customerSelectList, toCustomerRecord, type CustomerRecord } from './query/customer-row.js';
import { createCustomerSearch } from './query/customer-search.js';
import type { customerListContract } from './customers.schemas.js';
import { parseSearchTerms } from './query/search-terms.js';

export interface ExactMatch {
  id: number;
  nicHandle: string;
  /** Found through its backup e-mail, not its primary one: the agent is told which address matched. */
  throughBackupEmail: boolean;
}

type ExactRow = Omit<ExactMatch, 'throughBackupEmail'> & { throughBackupEmail: 0 | 1 };

// Every statement here is prepared once (drizzle's builder re-prepares on each call: ~54 µs
// against ~7 µs); list and search texts vary with the filters and are cached by text.
export function createCustomersRepository({ sqlite }: Database_) {
  const prepared = createStatementCache(sqlite);
  const byHandle = sqlite.prepare<[string], ExactRow>('SELECT id, nic_handle AS nicHandle, 0 AS throughBackupEmail FROM customers WHERE nic_handle = ?');
  const byCode = sqlite.prepare<[string], ExactRow>('SELECT id, nic_handle AS nicHandle, 0 AS throughBackupEmail FROM customers WHERE customer_code = ?');
  // The same address may be on several accounts (primary of one, backup of another): the oldest wins.
  const byEmail = sqlite.prepare<[string, string], ExactRow>(
    'SELECT id, nic_handle AS nicHandle, 0 AS throughBackupEmail FROM customers WHERE primary_email = ? UNION SELECT id, nic_handle, 1 FROM customers WHERE backup_email = ? ORDER BY id LIMIT 1',
  );
  const toMatch = (row: ExactRow | undefined): ExactMatch | undefined => row && { ...row, throughBackupEmail: row.throughBackupEmail === 1 };
  const byId = sqlite.prepare<[number], unknown[]>(`SELECT ${customerSelectList} FROM customers c WHERE c.id = ?`).raw(true);
  const list = createCustomerList(sqlite, prepared);
  const search = createCustomerSearch(prepared);

  return {
    findExact(kind: 'handle' | 'code' | 'email', value: string): ExactMatch | undefined {
      if (kind === 'handle') return toMatch(byHandle.get(value));
      if (kind === 'code') return toMatch(byCode.get(value));
      return toMatch(byEmail.get(value, value));
    },
    findById(id: number): CustomerRecord | undefined {
      const row = byId.get(id);
      return row ? toCustomerRecord(row) : undefined;
    },
    // The sort field is typed by the list contract: the bench's direct calls are checked when they compile.
    list(query: ListQueryOf<typeof customerListContract>): CustomerPage {
      const { q, ...filter } = query.filter;
      const request = { filter, sort: query.sort, offset: query.offset, limit: query.limit };
      const terms = q === undefined ? null : parseSearchTerms(q);
      return terms ? search(terms, request) : list(request);
    },
  };
}

export type CustomersRepository = ReturnType<typeof createCustomersRepository>;
