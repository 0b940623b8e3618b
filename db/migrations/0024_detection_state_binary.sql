-- The references move from JSON text to a compact binary form (detection/state.ts). The states are
-- derived data, rebuilt from login_events on an account's next event: they are dropped, not converted.
DROP TABLE `login_detection_state`;--> statement-breakpoint
CREATE TABLE `login_detection_state` (
	`customer_id` integer PRIMARY KEY NOT NULL,
	`basis` text NOT NULL,
	`newest_at` integer NOT NULL,
	`reference_events` blob NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
