-- customer_counts and customer_id_buckets (db/schema/customer-counts.ts) follow every change to
-- customers in the same transaction, so list totals are exact and cost a few microseconds.
-- The bucket is `id >> 12` (customerIdBucketBits in the schema file).
CREATE TRIGGER customer_counts_insert AFTER INSERT ON customers
BEGIN
  INSERT INTO customer_counts (state, country, legal_form, has_backup_email, n)
    VALUES (NEW.state, NEW.country, NEW.legal_form, NEW.backup_email IS NOT NULL, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO customer_id_buckets (bucket, state, country, legal_form, has_backup_email, n)
    VALUES (NEW.id >> 12, NEW.state, NEW.country, NEW.legal_form, NEW.backup_email IS NOT NULL, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER customer_counts_delete AFTER DELETE ON customers
BEGIN
  UPDATE customer_counts SET n = n - 1
    WHERE state = OLD.state AND country = OLD.country AND legal_form = OLD.legal_form AND has_backup_email = (OLD.backup_email IS NOT NULL);
  UPDATE customer_id_buckets SET n = n - 1
    WHERE bucket = OLD.id >> 12 AND state = OLD.state AND country = OLD.country AND legal_form = OLD.legal_form
      AND has_backup_email = (OLD.backup_email IS NOT NULL);
END;
--> statement-breakpoint
-- Only when a counted property changes: e-mail edits that keep a backup, version bumps and
-- every other column update leave the counts alone and cost nothing here.
CREATE TRIGGER customer_counts_update AFTER UPDATE OF id, state, country, legal_form, backup_email ON customers
WHEN OLD.id IS NOT NEW.id OR OLD.state IS NOT NEW.state OR OLD.country IS NOT NEW.country
  OR OLD.legal_form IS NOT NEW.legal_form OR (OLD.backup_email IS NULL) <> (NEW.backup_email IS NULL)
BEGIN
  UPDATE customer_counts SET n = n - 1
    WHERE state = OLD.state AND country = OLD.country AND legal_form = OLD.legal_form AND has_backup_email = (OLD.backup_email IS NOT NULL);
  INSERT INTO customer_counts (state, country, legal_form, has_backup_email, n)
    VALUES (NEW.state, NEW.country, NEW.legal_form, NEW.backup_email IS NOT NULL, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
  UPDATE customer_id_buckets SET n = n - 1
    WHERE bucket = OLD.id >> 12 AND state = OLD.state AND country = OLD.country AND legal_form = OLD.legal_form
      AND has_backup_email = (OLD.backup_email IS NOT NULL);
  INSERT INTO customer_id_buckets (bucket, state, country, legal_form, has_backup_email, n)
    VALUES (NEW.id >> 12, NEW.state, NEW.country, NEW.legal_form, NEW.backup_email IS NOT NULL, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
-- A database that already holds customers starts with their counts.
INSERT INTO customer_counts (state, country, legal_form, has_backup_email, n)
  SELECT state, country, legal_form, backup_email IS NOT NULL, count(*) FROM customers GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO customer_id_buckets (bucket, state, country, legal_form, has_backup_email, n)
  SELECT id >> 12, state, country, legal_form, backup_email IS NOT NULL, count(*) FROM customers GROUP BY 1, 2, 3, 4, 5;
