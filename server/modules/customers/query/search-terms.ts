import { foldSearchKey, fullNameKey, normaliseCustomerCode, normaliseNicHandle } from './search-keys.js';

/**
 * What the search box text can be, decided once per request. Each non-null field switches on
 * one family of index lookups in customer-search.sql.ts; a field that cannot match (a name
 * key for `01234567`, a handle prefix for `Dupont`) stays null so its lookup is not even run.
 */
export interface SearchTerms {
  /** Trimmed, lower-case: compared with e-mails for an exact match. */
  text: string;
  /** `xx11111-ovh` for `XX11111`: an exact handle. */
  handle: string | null;
  /** `01234567` for `0123-45-67`: an exact customer code. */
  code: string | null;
  /** The start of a handle: two letters, digits, part of `-ovh`. */
  handlePrefix: string | null;
  /** The start of an e-mail (primary or backup). */
  emailPrefix: string | null;
  /** The start of a customer code, dashes and spaces removed. */
  codePrefix: string | null;
  /** Accent- and case-folded: the start of a last name, first name or organisation. */
  nameKey: string | null;
  /** Two words or more (`helene lefevre`, `lefevre helene`): the start of a full name, either way round. */
  fullName: string | null;
}

const handleStart = /^(?:[a-z]{1,2}|[a-z]{2}\d{1,9}(?:-|-o|-ov|-ovh)?)$/;
const codeLike = /^[\d\s-]+$/;

export function parseSearchTerms(q: string): SearchTerms | null {
  const text = q.trim().toLowerCase();
  if (!text) return null;
  const digits = text.replace(/[\s-]/g, '');
  const nameKey = foldSearchKey(text);
  const isName = !text.includes('@') && /[a-z]/.test(nameKey);
  return {
    text,
    handle: normaliseNicHandle(text),
    code: normaliseCustomerCode(text),
    handlePrefix: handleStart.test(text) ? text : null,
    emailPrefix: /\s/.test(text) ? null : text,
    codePrefix: codeLike.test(text) && /^\d{1,8}$/.test(digits) ? digits : null,
    nameKey: isName ? nameKey : null,
    fullName: isName ? fullNameKey(nameKey) : null,
  };
}
