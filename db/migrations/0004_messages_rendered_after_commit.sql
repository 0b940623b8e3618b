PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer,
	`to_address` text NOT NULL,
	`template` text NOT NULL,
	`locale` text NOT NULL,
	`props` text DEFAULT '{}' NOT NULL,
	`subject` text,
	`text_body` text,
	`html_body` text,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`next_attempt_at` text,
	`cause_action` text NOT NULL,
	`audit_id` integer,
	`transport` text,
	`provider_message_id` text,
	`created_at` text NOT NULL,
	`sent_at` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_messages`("id", "customer_id", "to_address", "template", "locale", "props", "subject", "text_body", "html_body", "status", "attempts", "last_error", "next_attempt_at", "cause_action", "audit_id", "transport", "provider_message_id", "created_at", "sent_at") SELECT "id", "customer_id", "to_address", "template", "locale", '{}', "subject", "text_body", "html_body", "status", "attempts", "last_error", "next_attempt_at", "cause_action", "audit_id", "transport", "provider_message_id", "created_at", "sent_at" FROM `messages`;--> statement-breakpoint
DROP TABLE `messages`;--> statement-breakpoint
ALTER TABLE `__new_messages` RENAME TO `messages`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `messages_customer_idx` ON `messages` (`customer_id`,`id`);--> statement-breakpoint
CREATE INDEX `messages_status_idx` ON `messages` (`status`,`next_attempt_at`);