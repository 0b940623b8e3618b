CREATE TABLE `gdpr_request_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`customer_id` integer,
	`kind` text NOT NULL,
	`storage_path` text NOT NULL,
	`media_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `gdpr_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gdpr_request_files_request_idx` ON `gdpr_request_files` (`request_id`,`id`);--> statement-breakpoint
CREATE TABLE `gdpr_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer,
	`right` text NOT NULL,
	`channel` text NOT NULL,
	`received_on` text NOT NULL,
	`requester_name` text NOT NULL,
	`requester_email` text,
	`requester_address` text,
	`language` text NOT NULL,
	`details` text,
	`status` text DEFAULT 'received' NOT NULL,
	`identity_method` text,
	`identity_verified_at` text,
	`paused_days` integer DEFAULT 0 NOT NULL,
	`paused_since` text,
	`extension_months` integer DEFAULT 0 NOT NULL,
	`extension_reason` text,
	`extended_at` text,
	`outcome` text,
	`erasure_result` text,
	`closed_at` text,
	`ticket_ref` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gdpr_requests_customer_idx` ON `gdpr_requests` (`customer_id`,`id`);--> statement-breakpoint
CREATE INDEX `gdpr_requests_status_idx` ON `gdpr_requests` (`status`,`received_on`);--> statement-breakpoint
CREATE INDEX `gdpr_requests_received_idx` ON `gdpr_requests` (`received_on`,`id`);--> statement-breakpoint
CREATE TABLE `retained_billing_identities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`request_id` integer,
	`billed_party` text NOT NULL,
	`invoice_numbers` text NOT NULL,
	`retained_at` text NOT NULL,
	`purge_on` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`request_id`) REFERENCES `gdpr_requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `retained_billing_purge_idx` ON `retained_billing_identities` (`purge_on`);--> statement-breakpoint
CREATE INDEX `retained_billing_customer_idx` ON `retained_billing_identities` (`customer_id`);