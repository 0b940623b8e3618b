CREATE TABLE `claim_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`kind` text NOT NULL,
	`original_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`storage_key` text NOT NULL,
	`encrypted` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`rejection_reason` text,
	`rejection_note` text,
	`uploaded_by` integer NOT NULL,
	`uploaded_at` text NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`purged_at` text,
	FOREIGN KEY (`claim_id`) REFERENCES `email_claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_documents_claim_idx` ON `claim_documents` (`claim_id`,`id`);--> statement-breakpoint
CREATE INDEX `claim_documents_storage_idx` ON `claim_documents` (`storage_key`);--> statement-breakpoint
CREATE TABLE `claim_letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`customer_id` integer,
	`kind` text NOT NULL,
	`locale` text NOT NULL,
	`props` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`pdf` blob,
	`created_at` text NOT NULL,
	`rendered_at` text,
	FOREIGN KEY (`claim_id`) REFERENCES `email_claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_letters_claim_idx` ON `claim_letters` (`claim_id`,`id`);--> statement-breakpoint
CREATE INDEX `claim_letters_customer_idx` ON `claim_letters` (`customer_id`,`id`);--> statement-breakpoint
CREATE INDEX `claim_letters_status_idx` ON `claim_letters` (`status`,`id`);--> statement-breakpoint
CREATE TABLE `email_claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`state` text DEFAULT 'received' NOT NULL,
	`customer_id` integer,
	`received_on` text NOT NULL,
	`postmark_on` text,
	`claimed_handle` text NOT NULL,
	`claimed_code` text,
	`new_primary_email` text NOT NULL,
	`new_backup_email` text,
	`sender_name` text NOT NULL,
	`sender_address` text NOT NULL,
	`ticket_ref` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`assignee_id` integer,
	`reviewed_by` integer,
	`decided_by` integer,
	`decided_at` text,
	`rejection_reason` text,
	`decision_note` text,
	`hold_until` text,
	`fraud_note` text,
	`applied_by` integer,
	`applied_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`applied_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `email_claims_state_idx` ON `email_claims` (`state`,`id`);--> statement-breakpoint
CREATE INDEX `email_claims_state_received_idx` ON `email_claims` (`state`,`received_on`,`id`);--> statement-breakpoint
CREATE INDEX `email_claims_received_idx` ON `email_claims` (`received_on`,`id`);--> statement-breakpoint
CREATE INDEX `email_claims_assignee_idx` ON `email_claims` (`assignee_id`,`id`);--> statement-breakpoint
CREATE INDEX `email_claims_assignee_received_idx` ON `email_claims` (`assignee_id`,`received_on`,`id`);--> statement-breakpoint
CREATE INDEX `email_claims_customer_idx` ON `email_claims` (`customer_id`,`id`);--> statement-breakpoint
CREATE INDEX `email_claims_customer_received_idx` ON `email_claims` (`customer_id`,`received_on`,`id`);