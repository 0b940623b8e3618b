import { describe, expect, it } from 'vitest';
import { cappedCountLimit, totalFromPage } from '../server/http/list-total.js';
import {
  countDriver,
  locateInBuckets,
  planCustomerList,
  readsIdsFirst,
  type CustomerFilter,
  type PlanInput,
  type SortField,
} from '../server/modules/customers/query/customer-list.plan.js';
import { lookupLimit, searchCountLimit, searchResultCap } from '../server/modules/customers/query/customer-search.sql.js';
import { parseSearchTerms, type SearchTerms } from '../server/modules/customers/query/search-terms.js';

// Counts shaped like the 1,000,000-customer demo database.
const million = 1_000_000;
const byFilter = {
  state: { active: 930_000, suspended: 50_000, erased: 20_000 },
  country: { FR: 550_000, IE: 9_800 },
  legalForm: { company: 138_000, public_body: 20_000 },
} as const;

function input(filter: CustomerFilter, sort: SortField = 'id', extra: Partial<PlanInput> = {}): PlanInput {
  const matchesByFilter: PlanInput['matchesByFilter'] = {};
  if (filter.state) matchesByFilter.state = byFilter.state[filter.state];
  if (filter.country) matchesByFilter.country = byFilter.country[filter.country as 'FR' | 'IE'];
  if (filter.legalForm) matchesByFilter.legalForm = byFilter.legalForm[filter.legalForm as 'company' | 'public_body'];
  if (filter.hasBackupEmail !== undefined) matchesByFilter.hasBackupEmail = filter.hasBackupEmail ? 588_000 : 412_000;
  const singles = Object.values(matchesByFilter);
  // Independent filters: the combination's share is the product of the shares.
  const counted = singles.length > 0 ? Math.round(singles.reduce((product, n) => (product * n) / million, million)) : null;
  return {
    filter,
    sort: { field: sort, order: 'desc' },
    offset: 0,
    limit: 25,
    customers: million,
    countedMatches: counted,
    matchesByFilter,
    createdMatches: null,
    ...extra,
  };
}

describe('customer list plan', () => {
  it.each<[string, PlanInput, string, boolean]>([
    ['no filter, by id: walk the ids', input({}), 'sort', false],
    ['no filter, by created date: walk its index', input({}, 'createdAt'), 'sort', false],
    ['state, by id: index (state, id) gives the order', input({ state: 'suspended' }), 'state', false],
    ['state and country, by id: the smaller equality index', input({ state: 'active', country: 'IE' }), 'country', false],
    ['no backup e-mail, by id: IS NULL on (backup_email, rowid)', input({ hasBackupEmail: false }), 'hasBackupEmail', false],
    ['a backup e-mail, by id: IS NOT NULL is a range, walk the ids', input({ hasBackupEmail: true }), 'sort', false],
    ['unpaid, by id: walk unpaid invoices by customer', input({ hasUnpaidInvoice: true }), 'hasUnpaidInvoice', false],
    ['unpaid and a small state, by id: the state index', input({ hasUnpaidInvoice: true, state: 'suspended' }), 'state', false],
    ['active, by created date: walk the date index (93 % match)', input({ state: 'active' }, 'createdAt'), 'sort', false],
    ['erased, by created date: still walk (2 % match)', input({ state: 'erased' }, 'createdAt'), 'sort', false],
    ['erased in Ireland, by last name: read the 9,800 Irish, sort the few', input({ state: 'erased', country: 'IE' }, 'lastName'), 'country', true],
    ['state, by state: same index for filter and order', input({ state: 'erased' }, 'state'), 'state', false],
    ['date range, by date: the range is the order', input({ createdAt_gte: '2020-01-01' }, 'createdAt'), 'createdAt', false],
    [
      'one day, by id: read the day, sort it',
      input({ createdAt_gte: '2020-03-01', createdAt_lte: '2020-03-01' }, 'id', { createdMatches: 140 }),
      'createdAt',
      true,
    ],
    ['a busy year, by id: walk the ids', input({ createdAt_gte: '2020-01-01' }, 'id', { createdMatches: 5_001 }), 'sort', false],
    ['getMany ids', input({ id: [3, 1, 2] }), 'id', true],
    ['awaiting a new backup, by id: its partial index is in id order', input({ newBackupRequired: true, state: 'active' }), 'newBackupRequired', false],
    ['awaiting a new backup, by name: read the few, sort them', input({ newBackupRequired: true }, 'name'), 'newBackupRequired', true],
    ['not awaiting a new backup: checked per row', input({ newBackupRequired: false }), 'sort', false],
  ])('%s', (_what, planInput, driver, sortInMemory) => {
    expect(planCustomerList(planInput)).toMatchObject({ driver, sortInMemory });
  });

  it('prefers reading a filter index to walking when the page is deep enough', () => {
    const shallow = input({ country: 'IE' }, 'lastName');
    expect(planCustomerList(shallow).driver).toBe('sort'); // 25 × 1M / 9,800 ≈ 2,551 rows walked < 9,800
    expect(planCustomerList({ ...shallow, offset: 500 }).driver).toBe('country');
  });

  it.each<[string, CustomerFilter, string]>([
    ['nothing counted', {}, 'counted'],
    ['equality filters only', { state: 'active', country: 'FR', legalForm: 'company', hasBackupEmail: true }, 'counted'],
    ['a date', { createdAt_gte: '2020-01-01' }, 'capped'],
    ['unpaid', { hasUnpaidInvoice: false, state: 'active' }, 'capped'],
    ['ids', { id: [1] }, 'ids'],
  ])('totals %s: %s', (_what, filter, total) => expect(planCustomerList(input(filter)).total).toBe(total));

  it.each<[CustomerFilter, SortField, boolean]>([
    [{}, 'id', true],
    [{ state: 'erased' }, 'id', true],
    [{ country: 'FR', legalForm: 'company', hasBackupEmail: true }, 'id', true],
    [{ hasUnpaidInvoice: false }, 'id', false],
    [{ state: 'active' }, 'createdAt', false],
  ])('jumps through id buckets for %j sorted by %s: %s', (filter, sort, expected) =>
    expect(planCustomerList(input(filter, sort)).canUseIdBuckets).toBe(expected),
  );

  it.each<[CustomerFilter, SortField, number, boolean]>([
    [{}, 'createdAt', 900_000, true],
    [{}, 'createdAt', 100, false],
    [{ country: 'FR' }, 'id', 500_000, true],
    [{ country: 'FR', state: 'active' }, 'id', 500_000, false],
    [{ state: 'active' }, 'createdAt', 500_000, false],
  ])('reads ids first for %j by %s at offset %i: %s', (filter, sort, offset, expected) => {
    const planInput = input(filter, sort, { offset });
    expect(readsIdsFirst(planCustomerList(planInput), filter, offset)).toBe(expected);
  });

  it.each<[CustomerFilter, string]>([
    [{}, 'sort'],
    [{ createdAt_lte: '2020-01-01', state: 'erased' }, 'createdAt'],
    [{ hasUnpaidInvoice: true, country: 'IE' }, 'hasUnpaidInvoice'],
    [{ state: 'active', country: 'IE' }, 'country'],
  ])('counts %j through %s', (filter, driver) => expect(countDriver(input(filter))).toBe(driver));

  it.each([
    [0, 25, 500],
    [25, 25, 500],
    [475, 25, 750],
    [900_000, 25, 900_500],
  ])('counts a capped total at offset %i, page %i up to %i', (offset, limit, cap) => expect(cappedCountLimit(offset, limit)).toBe(cap));
});

describe('totals read from the page', () => {
  it.each([
    [0, 25, 10, 10],
    [50, 25, 3, 53],
    [0, 25, 0, 0],
    [0, 25, 25, null],
    [100, 25, 0, null],
  ])('offset %i, page %i, %i rows: %s', (offset, limit, rows, total) => expect(totalFromPage(offset, limit, rows)).toBe(total));
});

describe('id buckets', () => {
  const buckets = [
    [9, 100],
    [8, 4096],
    [7, 0],
    [6, 50],
  ] as const;
  it.each([
    [0, { bucket: 9, skip: 0 }],
    [99, { bucket: 9, skip: 99 }],
    [100, { bucket: 8, skip: 0 }],
    [4195, { bucket: 8, skip: 4095 }],
    [4196, { bucket: 6, skip: 0 }],
    [4245, { bucket: 6, skip: 49 }],
    [4246, null],
  ])('places offset %i', (offset, expected) => expect(locateInBuckets(buckets, offset)).toEqual(expected));
});

describe('search terms', () => {
  it.each<[string, Partial<SearchTerms>]>([
    ['XX11111', { handle: 'xx11111-ovh', handlePrefix: 'xx11111', code: null, codePrefix: null, nameKey: 'xx11111' }],
    ['xx11111-ovh', { handle: 'xx11111-ovh', handlePrefix: 'xx11111-ovh' }],
    ['xx11111-o', { handle: null, handlePrefix: 'xx11111-o' }],
    ['0123-45-67', { code: '01234567', codePrefix: '01234567', handlePrefix: null, nameKey: null }],
    ['0123 45', { code: null, codePrefix: '012345', emailPrefix: null }],
    ['jean.dupont@', { emailPrefix: 'jean.dupont@', nameKey: null, handlePrefix: null }],
    ['Dupont', { emailPrefix: 'dupont', nameKey: 'dupont', handlePrefix: null, handle: null }],
    ['du', { handlePrefix: 'du', emailPrefix: 'du', nameKey: 'du' }],
    ['Hélène', { nameKey: 'helene', emailPrefix: 'hélène' }],
    ['Dupont', { fullName: null }],
    ['jean dupont', { emailPrefix: null, nameKey: 'jean dupont', fullName: 'jean dupont' }],
    ['Hélène  Lefèvre', { nameKey: 'helene lefevre', fullName: 'helene lefevre' }],
    ['Lefèvre, Hélène', { fullName: 'lefevre helene' }],
    ['Jean-Pierre Dupont', { nameKey: 'jean-pierre dupont', fullName: 'jean pierre dupont' }],
    ['jean-pierre', { nameKey: 'jean-pierre', fullName: 'jean pierre' }],
    ['0123 45', { fullName: null }],
  ])('reads %s', (q, expected) => expect(parseSearchTerms(q)).toMatchObject(expected));

  it('ignores blank input', () => expect(parseSearchTerms('   ')).toBeNull());

  it.each([
    [1, 10],
    [25, 25],
    [26, 50],
    [300, searchResultCap],
    [10_000, searchResultCap],
  ])('reads %i rows per lookup as %i', (rows, limit) => expect(lookupLimit(rows)).toBe(limit));

  it.each([
    [0, 25, 100],
    [25, 25, 250],
    [400, 25, searchResultCap],
  ])('counts a search total at offset %i, page %i, up to %i', (offset, limit, countLimit) => expect(searchCountLimit(offset, limit)).toBe(countLimit));
});
