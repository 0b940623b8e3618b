import type { Request, Response } from 'express';
import { z } from 'zod';
import { badRequest } from './errors.js';
import { parseRecordId, recordId } from './ids.js';
import type { Access } from './policy.js';
import type { RouteDefinition } from './routes.js';
import { parseOr400 } from './validate.js';

// The ra-data-simple-rest protocol: ?sort=["field","ASC"]&range=[0,24]&filter={...}, the total in
// `Content-Range: <resource> <start>-<end>/<total>`. Each resource allow-lists its sorts and filters.

export const maxPageSize = 1000;
export const defaultPageSize = 25;

export type SortOrder = 'asc' | 'desc';
export interface ListQuery<F, Sort extends string = string> {
  filter: F & { id?: number[] };
  sort: { field: Sort; order: SortOrder };
  offset: number;
  limit: number;
}

/**
 * A rule between filter fields ("a target number needs its target type"). The list mechanism checks
 * it after the fields themselves and refuses with the same 400 as a bad field, naming `field`; its
 * `description` goes into the OpenAPI document, which cannot express such rules as JSON Schema.
 */
export interface ListFilterRule<S extends z.ZodRawShape> {
  description: string;
  /** The field to name in the 400 and its message, or undefined when the filter keeps the rule. */
  // A method (not a property) so that a contract with rules is still a ListContract<ZodRawShape>.
  check(filter: z.infer<z.ZodObject<S>>): { field: keyof S & string; message: string } | undefined;
}

/**
 * A resource's list: what it may be sorted and filtered by. `F`, its sort field names, is literal
 * (declare contracts with `listContract(...)`), so the repository that answers the list keys its
 * orders by them (`SortMap`) and its filters by the filter names (`FilterHandlers`): a sort field or
 * filter the repository does not map fails to compile instead of answering 500.
 */
export interface ListContract<S extends z.ZodRawShape = z.ZodRawShape, F extends string = string> {
  resource: string;
  sortFields: readonly F[];
  defaultSort: readonly [NoInfer<F>, 'ASC' | 'DESC'];
  filters: S;
  rules?: readonly ListFilterRule<S>[];
}

/** Declares a contract keeping its sort field names literal (`'id' | 'createdAt'`, not `string`). */
export function listContract<const F extends string, S extends z.ZodRawShape>(contract: ListContract<S, F>): ListContract<S, F> {
  return contract;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- matches any contract's filter shape
type AnyContract = ListContract<any, string>;
export type SortFieldOf<C extends AnyContract> = C['sortFields'][number];
export type ListFilterOf<C extends AnyContract> = z.infer<z.ZodObject<C['filters']>>;
/** The parsed list query of a contract: the repository's input, sort field typed by name. */
export type ListQueryOf<C extends AnyContract> = ListQuery<ListFilterOf<C>, SortFieldOf<C>>;
/** The repository's order (a column, an ORDER BY text…) for every sort field of the contract. */
export type SortMap<C extends AnyContract, V> = Record<SortFieldOf<C>, V>;
/**
 * The repository's condition for every filter of the contract, given its (defined) value; undefined
 * when the value selects everything. A filter answered elsewhere (e.g. a search) says so with
 * `elsewhere`, so that it is still named here.
 */
export type FilterHandlers<C extends AnyContract, V> = {
  [K in keyof ListFilterOf<C> & string]-?: ((value: NonNullable<ListFilterOf<C>[K]>) => V | undefined) | typeof elsewhere;
};
/** A filter that the repository's caller answers (a full-text search, a resolved customer…). */
export const elsewhere = 'elsewhere' as const;

/**
 * The orders a repository gives its contract's sort fields (the contract argument only types them):
 * a sort field without its order, or an order for no sort field, does not compile.
 */
export function sortMap<C extends AnyContract, O extends SortMap<C, unknown>>(_contract: C, orders: O): O {
  return orders;
}

type ConditionOf<H> = { [K in keyof H]: H[K] extends (value: never) => infer R ? Exclude<R, undefined> : never }[keyof H];

/**
 * The conditions a repository gives its contract's filters, as one function from a filter to its
 * conditions (the set ones, in declaration order). The `id` filter of every list is the caller's.
 */
export function filterMap<C extends AnyContract, H extends FilterHandlers<C, unknown>>(_contract: C, handlers: H) {
  const entries = Object.entries(handlers) as [string, ((value: unknown) => ConditionOf<H> | undefined) | typeof elsewhere][];
  return (filter: Partial<ListFilterOf<C>>): ConditionOf<H>[] => {
    const conditions: ConditionOf<H>[] = [];
    for (const [name, handler] of entries) {
      const value = (filter as Record<string, unknown>)[name];
      if (value === undefined || value === null || handler === elsewhere) continue;
      const condition = handler(value);
      if (condition !== undefined) conditions.push(condition);
    }
    return conditions;
  };
}

// Ids are defined once (http/ids.ts); re-exported because every list contract names them.
export { parseRecordId, recordId };
const idList = z.array(recordId).min(1).max(maxPageSize);

/** Filter value shapes react-admin sends (booleans arrive as booleans, dates as ISO strings). */
export const filterText = z.string().trim().max(200);

const bareDate = /^\d{4}-\d{2}-\d{2}$/;
/**
 * A date bound becomes the instant it names, in the text every timestamp column stores
 * (`2026-10-31T06:08:16.000Z`), so SQL compares instants: `19:08:16+13:00` is 06:08:16Z. A bare date
 * is a whole UTC day: from its first millisecond (`_gte`, since) to its last (`_lte`, until).
 */
const instantBound = (end: boolean) =>
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'expected a date (2026-10-31) or a date-time with its offset' })
    .transform((value) => (bareDate.test(value) ? `${value}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : new Date(value).toISOString()));
/** A lower bound on a timestamp (`…_gte`, `…After`). */
export const filterSince = instantBound(false);
/** An upper bound on a timestamp (`…_lte`, `…Before`): a bare date includes its whole day. */
export const filterUntil = instantBound(true);

const listParams = z.object({ sort: z.string().optional(), range: z.string().optional(), filter: z.string().optional() }).strict();

function parseJsonParam(name: string, raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest('list.malformed_param', `The ${name} parameter is not valid JSON.`, { [name]: 'not valid JSON' });
  }
}

// Schemas are module constants: creating one costs more than the rest of a list request.
const rangeSchema = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
const sortSchema = z.tuple([z.string(), z.enum(['ASC', 'DESC', 'asc', 'desc'])]);

// What every list request sends, recognised without running a schema (a few µs each, on every list
// request: per-request CPU, docs/DECISIONS.md). These checks accept a subset of what the schemas
// accept; anything else is decided by the schemas, which give the 400.
const listParamNames = new Set(['sort', 'range', 'filter']);
function isPlainListParams(query: unknown): query is z.infer<typeof listParams> {
  if (typeof query !== 'object' || query === null) return false;
  for (const name in query) {
    if (!Object.hasOwn(query, name)) continue;
    if (!listParamNames.has(name) || typeof (query as Record<string, unknown>)[name] !== 'string') return false;
  }
  return true;
}
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isPlainRange = (raw: unknown): raw is [number, number] => Array.isArray(raw) && raw.length === 2 && isCount(raw[0]) && isCount(raw[1]);
const sortOrders = new Set(['ASC', 'DESC', 'asc', 'desc']);
const isPlainSort = (raw: unknown): raw is [string, SortOrder | 'ASC' | 'DESC'] =>
  Array.isArray(raw) && raw.length === 2 && typeof raw[0] === 'string' && sortOrders.has(raw[1] as string);

function parseRange(raw: unknown): { offset: number; limit: number } {
  if (raw === undefined) return { offset: 0, limit: defaultPageSize };
  let start: number, end: number;
  if (isPlainRange(raw)) [start, end] = raw;
  else {
    const range = rangeSchema.safeParse(raw);
    if (!range.success)
      throw badRequest('list.invalid_range', 'range must be [start, end] with two non-negative integers.', { range: 'expected [start, end]' });
    [start, end] = range.data;
  }
  if (end < start) throw badRequest('list.invalid_range', 'range end must not be before its start.', { range: 'end before start' });
  if (end - start + 1 > maxPageSize)
    throw badRequest('list.page_too_large', `A page holds at most ${maxPageSize} rows.`, { range: `at most ${maxPageSize} rows` });
  return { offset: start, limit: end - start + 1 };
}

const isSortField = <F extends string>(contract: ListContract<z.ZodRawShape, F>, field: string): field is F =>
  (contract.sortFields as readonly string[]).includes(field);

function parseSort<F extends string>(contract: ListContract<z.ZodRawShape, F>, raw: unknown): ListQuery<unknown, F>['sort'] {
  const [defaultField, defaultOrder] = contract.defaultSort;
  if (raw === undefined) return { field: defaultField, order: defaultOrder === 'ASC' ? 'asc' : 'desc' };
  let field: string, order: string;
  if (isPlainSort(raw)) [field, order] = raw;
  else {
    const sort = sortSchema.safeParse(raw);
    if (!sort.success) throw badRequest('list.invalid_sort', 'sort must be ["field", "ASC" | "DESC"].', { sort: 'expected ["field", "ASC"|"DESC"]' });
    [field, order] = sort.data;
  }
  if (!isSortField(contract, field))
    throw badRequest('list.unknown_sort', `Cannot sort ${contract.resource} by "${field}". Sortable: ${contract.sortFields.join(', ')}.`, {
      sort: `unknown field ${field}`,
    });
  return { field, order: order.toLowerCase() as SortOrder };
}

// Built once per contract: zod 4 compiles each new object schema (code generation), which per
// request was the largest single cost of a list call (docs/SEARCH.md, "Prepared statements").
const filterSchemas = new WeakMap<ListContract<z.ZodRawShape>, z.ZodType>();

function filterSchemaOf(contract: ListContract<z.ZodRawShape>): z.ZodType {
  let schema = filterSchemas.get(contract);
  if (!schema) {
    const rules = contract.rules ?? [];
    const fields = z.object({ ...contract.filters, id: z.union([recordId, idList]).optional() }).strict();
    schema =
      rules.length === 0
        ? fields
        : fields.superRefine((filter, context) => {
            for (const rule of rules) {
              const broken = rule.check(filter);
              if (broken) context.addIssue({ code: 'custom', path: [broken.field], message: broken.message });
            }
          });
    filterSchemas.set(contract, schema);
  }
  return schema;
}

export function parseListQuery<S extends z.ZodRawShape, F extends string>(
  query: Request['query'],
  contract: ListContract<S, F>,
): ListQuery<z.infer<z.ZodObject<S>>, F> {
  const params = isPlainListParams(query) ? query : parseOr400(listParams, query, 'list parameters');
  const rawFilter = parseJsonParam('filter', params.filter) ?? {};
  if (typeof rawFilter !== 'object' || rawFilter === null || Array.isArray(rawFilter))
    throw badRequest('list.invalid_filter', 'filter must be a JSON object.', { filter: 'expected an object' });
  const filterSchema = filterSchemaOf(contract);
  const result = filterSchema.safeParse(rawFilter);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : (issue?.path.join('.') ?? 'filter');
    const message = issue?.code === 'unrecognized_keys' ? `cannot filter ${contract.resource} by ${field}` : (issue?.message ?? 'invalid');
    throw badRequest('list.invalid_filter', `Invalid filter: ${message}.`, { [`filter.${field}`]: message });
  }
  const { id, ...filter } = result.data as { id?: number | number[] } & Record<string, unknown>;
  const ids = id === undefined ? undefined : Array.isArray(id) ? id : [id];
  return {
    filter: { ...(filter as z.infer<z.ZodObject<S>>), ...(ids ? { id: ids } : {}) },
    sort: parseSort<F>(contract, parseJsonParam('sort', params.sort)),
    ...parseRange(parseJsonParam('range', params.range)),
  };
}

export interface ListPage<T> {
  rows: T[];
  total: number;
  /** The total is a lower bound (docs/SEARCH.md): sent as `X-Total-Capped: true`. */
  totalIsCapped?: boolean;
}

export function sendList<T>(res: Response, resource: string, offset: number, page: ListPage<T>): void {
  const range = page.rows.length > 0 ? `${offset}-${offset + page.rows.length - 1}` : '*';
  res.setHeader('Content-Range', `${resource} ${range}/${page.total}`);
  res.setHeader('Access-Control-Expose-Headers', 'Content-Range, X-Total-Capped');
  if (page.totalIsCapped) res.setHeader('X-Total-Capped', 'true');
  res.json(page.rows);
}

/**
 * `GET /api/<resource>/:id`: one record, as react-admin's getOne asks for it; the id read by the one id
 * rule (http/ids.ts), the answer documented by `response` (which types what `get` returns).
 */
export function recordRoute<T>(options: { resource: string; access: Access; get: (id: number) => T; response: z.ZodType<T> }): RouteDefinition {
  const { resource, access, get, response } = options;
  return {
    method: 'get',
    path: `/api/${resource}/:id`,
    access,
    schemas: { response },
    handler: (req, res) => res.json(get(parseRecordId(req.params.id))),
  };
}

/** `GET /api/<resource>`: parse the list query against its contract, list, send with Content-Range. */
export function listRoute<S extends z.ZodRawShape, F extends string, T>(options: {
  access: Access;
  contract: ListContract<S, F>;
  list: (query: ListQuery<z.infer<z.ZodObject<S>>, F>) => ListPage<T>;
  /** The schema of one row as sent (the OpenAPI document's items); it types `T`, so it cannot describe another record. */
  row?: z.ZodType<T>;
}): RouteDefinition {
  const { access, contract, list, row } = options;
  return {
    method: 'get',
    path: `/api/${contract.resource}`,
    access,
    schemas: {
      list: {
        filter: filterSchemaOf(contract),
        sortFields: contract.sortFields,
        defaultSort: contract.defaultSort,
        rules: (contract.rules ?? []).map((rule) => rule.description),
        ...(row ? { row } : {}),
      },
    },
    handler: (req, res) => {
      const query = parseListQuery(req.query, contract);
      sendList(res, contract.resource, query.offset, list(query));
    },
  };
}
