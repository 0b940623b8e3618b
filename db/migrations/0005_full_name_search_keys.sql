-- Full-name search (docs/SEARCH.md): the folded first and last names joined both ways round, with
-- hyphens read as spaces, so that "helene lefevre", "lefevre helene" and "jean pierre dupont" are
-- each a prefix range of one index. Expression indexes are written by hand: drizzle-kit splits an
-- expression at its commas. The search statements repeat these exact expressions
-- (server/modules/customers/query/search-keys.ts: fullNameKeyExpressions).
CREATE INDEX customers_first_last_key_idx ON customers (replace(first_name_key || ' ' || last_name_key, '-', ' '), id);
--> statement-breakpoint
CREATE INDEX customers_last_first_key_idx ON customers (replace(last_name_key || ' ' || first_name_key, '-', ' '), id);
