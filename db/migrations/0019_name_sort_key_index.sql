-- The customer list's Name column (issue 8): an organisation sorts by its organisation name, a person
-- by last name then first name, as the list shows them. Written by hand: drizzle-kit splits an
-- expression at its commas. The list's ORDER BY repeats this exact expression
-- (server/modules/customers/query/search-keys.ts: nameSortKeyExpression).
CREATE INDEX customers_name_sort_key_idx ON customers (coalesce(organisation_key, last_name_key || ' ' || first_name_key), id);
