import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

// THE way to match text with LIKE: the searched text is data, so its `%`, `_` and `\` are escaped and
// the pattern says which escape character it uses (SQLite's LIKE has none by default, so `\_`
// would otherwise look for a backslash). ESLint forbids drizzle's bare `like`/`ilike` elsewhere.

/** `text` as a LIKE pattern that matches it literally, wrapped in `%…%` when `contains`. */
export function likePattern(text: string, { contains = true } = {}): string {
  const escaped = text.replace(/[\\%_]/g, '\\$&');
  return contains ? `%${escaped}%` : escaped;
}

/** `column LIKE '%text%' ESCAPE '\'`: case-insensitive for ASCII, as SQLite's LIKE is. */
export function containsText(column: SQLWrapper, text: string): SQL {
  return sql`${column} LIKE ${likePattern(text)} ESCAPE '\\'`;
}
