// Compile-time proofs for list contracts (server/http/list-query.ts), checked by `npm run typecheck`:
// each `@ts-expect-error` line must fail to compile, or the directive itself is an error. Not run by vitest.
import { z } from 'zod';
import { elsewhere, filterMap, listContract, listRoute, sortMap, type ListQueryOf } from '../../server/http/list-query.js';
import { flagListContract } from '../../server/modules/flags/flags.schemas.js';
import { staffListContract } from '../../server/modules/staff/staff.schemas.js';

const widgets = listContract({
  resource: 'widgets',
  sortFields: ['id', 'name'],
  defaultSort: ['id', 'ASC'],
  filters: { colour: z.enum(['red', 'blue']).optional(), q: z.string().optional() },
});

// A repository maps every sort field of its contract…
sortMap(widgets, { id: 'w.id', name: 'w.name' });
// …and a sort field without its column does not compile (today's 500, caught by tsc).
// @ts-expect-error -- 'name' has no column
sortMap(widgets, { id: 'w.id' });
// The real contracts: the flag queue without its `raisedAt` order.
// @ts-expect-error -- flags sort by raisedAt
sortMap(flagListContract, { severity: 'f.severity_rank', id: 'f.id' });

// Every filter needs its condition (or says that it is answered elsewhere).
filterMap(widgets, { colour: (colour) => `w.colour = '${colour}'`, q: elsewhere });
// @ts-expect-error -- the `q` filter has no condition
filterMap(widgets, { colour: (colour) => `w.colour = '${colour}'` });
// @ts-expect-error -- staff lists filter by isActive too
filterMap(staffListContract, { q: elsewhere, role: () => 'role' });

// The default sort is one of the sort fields.
// @ts-expect-error -- 'createdAt' is not a sort field
listContract({ resource: 'widgets', sortFields: ['id'], defaultSort: ['createdAt', 'ASC'], filters: {} });

// A cross-field rule names a filter of its contract.
listContract({
  resource: 'widgets',
  sortFields: ['id'],
  defaultSort: ['id', 'ASC'],
  filters: { a: z.string().optional() },
  // @ts-expect-error -- 'b' is not a filter
  rules: [{ description: 'b', check: () => ({ field: 'b', message: 'no' }) }],
});

// The contract's sort fields flow into the repository: a repository that sorts by `id` only cannot
// answer a contract that also sorts by `name`.
const byIdOnly = listContract({ resource: 'widgets', sortFields: ['id'], defaultSort: ['id', 'ASC'], filters: widgets.filters });
const listById = (query: ListQueryOf<typeof byIdOnly>) => ({ rows: [sortMap(byIdOnly, { id: 'w.id' })[query.sort.field]], total: 1 });
listRoute({ access: 'customers.read', contract: widgets, list: (query: ListQueryOf<typeof widgets>) => ({ rows: [query.sort.field], total: 1 }) });
// @ts-expect-error -- sort.field may be 'name'
listRoute({ access: 'customers.read', contract: widgets, list: listById });
