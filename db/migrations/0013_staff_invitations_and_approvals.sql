CREATE TABLE `staff_approvals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`kind` text NOT NULL,
	`role` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`requested_by` integer,
	`requested_at` text NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_approvals_one_pending` ON `staff_approvals` (`staff_id`,`kind`) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX `staff_approvals_status_idx` ON `staff_approvals` (`status`,`id`);--> statement-breakpoint
CREATE TABLE `staff_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_tokens_token_hash_unique` ON `staff_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `staff_tokens_staff_idx` ON `staff_tokens` (`staff_id`);