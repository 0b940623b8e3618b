// Search keys let an agent type `helene` and find `Hélène`: lower-case, accents folded,
// punctuation collapsed to single spaces. Stored in *_key columns so prefix searches use an index.
export function foldSearchKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i') // Turkish dotless i has no decomposition: Yılmaz → yilmaz
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9@.+_-]+/g, ' ')
    .trim();
}

/** `0123-45-67`, `0123 45 67` and `01234567` all become `01234567`; anything else is null. */
export function normaliseCustomerCode(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  return /^\d{8}$/.test(digits) ? digits : null;
}

export function formatCustomerCode(digits: string): string {
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}

/** `XX11111`, `xx11111-OVH` → `xx11111-ovh`; anything that is not a handle → null. */
export function normaliseNicHandle(value: string): string | null {
  const lower = value.trim().toLowerCase();
  const match = /^([a-z]{2}\d{1,9})(-ovh)?$/.exec(lower);
  if (!match) return null;
  // Already whole (the usual case: every login event carries one): no new string.
  return match[2] ? lower : `${match[1]}-ovh`;
}

/**
 * The full name both ways round, as indexed by migration 0005 (the text must stay identical:
 * SQLite uses an expression index only for the same expression). Hyphens read as spaces, so
 * `Jean-Pierre Dupont` is found by `jean pierre dupont`.
 */
export const fullNameKeyExpressions = {
  firstLast: "replace(first_name_key || ' ' || last_name_key, '-', ' ')",
  lastFirst: "replace(last_name_key || ' ' || first_name_key, '-', ' ')",
} as const;

/**
 * What the list's Name column sorts by: the organisation for an account that has one (it is the name
 * the list shows), else last name then first name. Indexed by hand in migration 0019 (an expression
 * with a comma); the list's ORDER BY repeats this exact text so that SQLite walks that index.
 */
export const nameSortKeyExpression = "coalesce(c.organisation_key, c.last_name_key || ' ' || c.first_name_key)";

/** `helene lefevre`, `jean-pierre dupont` → the text compared with the full-name keys; null for one word. */
export function fullNameKey(nameKey: string): string | null {
  const words = nameKey.replace(/-/g, ' ').split(' ').filter(Boolean);
  return words.length > 1 ? words.join(' ') : null;
}
