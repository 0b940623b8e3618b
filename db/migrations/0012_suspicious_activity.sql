CREATE TABLE `flag_evidence` (
	`flag_id` integer NOT NULL,
	`login_event_id` integer NOT NULL,
	`rule` text NOT NULL,
	PRIMARY KEY(`rule`, `login_event_id`),
	FOREIGN KEY (`flag_id`) REFERENCES `flags`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`login_event_id`) REFERENCES `login_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `flag_evidence_flag_idx` ON `flag_evidence` (`flag_id`);--> statement-breakpoint
CREATE TABLE `flag_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`flag_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`at` text NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`flag_id`) REFERENCES `flags`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `flag_notes_flag_idx` ON `flag_notes` (`flag_id`,`id`);--> statement-breakpoint
CREATE TABLE `flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`rule` text NOT NULL,
	`severity` text NOT NULL,
	`kind` text,
	`severity_rank` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`is_active` integer DEFAULT true NOT NULL,
	`resolution` text,
	`assignee_id` integer,
	`summary` text NOT NULL,
	`ticket_ref` text,
	`raised_by` integer,
	`raised_at` text NOT NULL,
	`last_evidence_at` text,
	`updated_at` text NOT NULL,
	`resolved_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raised_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `flags_queue_idx` ON `flags` (`is_active`,severity_rank DESC,`raised_at`,`id`);--> statement-breakpoint
CREATE INDEX `flags_customer_idx` ON `flags` (`customer_id`,`is_active`,`severity_rank`);--> statement-breakpoint
CREATE INDEX `flags_status_idx` ON `flags` (`status`,severity_rank DESC,`raised_at`,`id`);--> statement-breakpoint
CREATE INDEX `flags_assignee_idx` ON `flags` (`assignee_id`,`is_active`);--> statement-breakpoint
CREATE INDEX `flags_severity_idx` ON `flags` (severity_rank DESC,`raised_at`,`id`);--> statement-breakpoint
CREATE INDEX `flags_raised_idx` ON `flags` (`raised_at`,`id`);--> statement-breakpoint
ALTER TABLE `login_events` ADD `device_id` text;--> statement-breakpoint
ALTER TABLE `login_events` ADD `latitude` real;--> statement-breakpoint
ALTER TABLE `login_events` ADD `longitude` real;--> statement-breakpoint
ALTER TABLE `login_events` ADD `location_source` text;--> statement-breakpoint
ALTER TABLE `login_events` ADD `external_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `login_events_external_idx` ON `login_events` (`external_id`);--> statement-breakpoint
-- The login system reports which factor failed; the former single 'failure' was a wrong password.
UPDATE `login_events` SET `result` = 'wrong_password' WHERE `result` = 'failure';