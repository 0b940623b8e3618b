CREATE TABLE `audit_checkpoints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text NOT NULL,
	`entry_count` integer NOT NULL,
	`head_hash` text NOT NULL,
	`key_id` text NOT NULL,
	`signature` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_reviews` (
	`audit_id` integer PRIMARY KEY NOT NULL,
	`actor_id` integer NOT NULL,
	`customer_id` integer,
	`action` text NOT NULL,
	`at` text NOT NULL,
	`reasons` text NOT NULL,
	`outcome` text,
	`note` text,
	`reviewed_by` integer,
	`reviewed_at` text,
	FOREIGN KEY (`audit_id`) REFERENCES `audit_log`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_reviews_pending_idx` ON `audit_reviews` (`outcome`,`audit_id`);--> statement-breakpoint
CREATE INDEX `audit_role_idx` ON `audit_log` (`actor_role`,`id`);--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN
  SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN
  SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
