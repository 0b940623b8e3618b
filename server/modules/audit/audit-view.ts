import type { ListEntry, PageEntry } from './audit.repository.js';

// How an entry is shown: the list never carries personal values, the detail names which fields are
// personal and shows them only after an audited reveal (SPEC §4.7, §6 "per-field reveal").

/** One line of an entry's readable diff: a field and its value before and after the change. */
export interface ChangeLine {
  field: string;
  before: unknown;
  after: unknown;
  /** A personal value (e-mail, name, address): null in `before`/`after` until revealed. */
  isPersonal: boolean;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const parse = (text: string | null): Json => {
  if (!text) return {};
  return asObject(JSON.parse(text) as unknown);
};
const asObject = (value: unknown): Json => (value === null || value === undefined ? {} : isObject(value) ? value : { value });

/** `{ a: { b: 1 } }` → `{ 'a.b': 1 }`; arrays and scalars stay whole. */
function flatten(value: unknown, prefix = '', out: Json = {}): Json {
  if (!isObject(value)) {
    if (prefix) out[prefix] = value;
    return out;
  }
  for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

function linesOf(before: unknown, after: unknown, isPersonal: boolean, reveal: boolean): ChangeLine[] {
  const flatBefore = flatten(before);
  const flatAfter = flatten(after);
  const fields = [...new Set([...Object.keys(flatBefore), ...Object.keys(flatAfter)])];
  return fields
    .filter((field) => JSON.stringify(flatBefore[field]) !== JSON.stringify(flatAfter[field]))
    .map((field) => ({
      field,
      before: isPersonal && !reveal ? null : (flatBefore[field] ?? null),
      after: isPersonal && !reveal ? null : (flatAfter[field] ?? null),
      isPersonal,
    }));
}

/**
 * The readable diff of an entry: `details.before/after` and `personal.before/after` side by side,
 * field by field, only the fields that changed. Other detail keys are the entry's context.
 */
export function changesOf(entry: Pick<PageEntry, 'details'>, openedPersonal: unknown, reveal: boolean) {
  const details = parse(entry.details);
  const personal = asObject(openedPersonal);
  const { before, after, ...context } = details;
  const { before: personalBefore, after: personalAfter, ...personalContext } = personal;
  const changes = [...linesOf(before, after, false, reveal), ...linesOf(personalBefore, personalAfter, true, reveal)];
  const personalContextFields = Object.keys(flatten(personalContext));
  return {
    changes,
    context: flatten(context),
    /** Personal values that are not part of a before/after (e.g. the e-mail typed at a failed sign-in). */
    personalContext: reveal ? flatten(personalContext) : Object.fromEntries(personalContextFields.map((field) => [field, null])),
  };
}

/**
 * A list row: what the list and the history timeline show, never personal values, only whether there
 * are any. Written out field by field: copying a row with rest and spread, then adding keys, sends V8
 * down its slow path for every row (per-request CPU, docs/DECISIONS.md).
 */
export function toListRow(entry: ListEntry) {
  return {
    id: entry.id,
    at: entry.at,
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    customerId: entry.customerId,
    ticketRef: entry.ticketRef,
    reason: entry.reason,
    details: parse(entry.details),
    hasPersonal: entry.hasPersonal === 1,
    customerHandle: entry.customerHandle,
    actorName: entry.actorName,
  };
}

export type AuditListRow = ReturnType<typeof toListRow>;

/** `openedPersonal`: the entry's personal values as read through the cipher (or `{ erased: true }`). */
export function toDetail(entry: PageEntry, openedPersonal: unknown, reveal: boolean) {
  const { personal, details, ...rest } = entry;
  return { ...rest, details: parse(details), hasPersonal: personal !== null, ...changesOf(entry, openedPersonal, reveal), isRevealed: reveal };
}

export type AuditDetail = ReturnType<typeof toDetail>;
