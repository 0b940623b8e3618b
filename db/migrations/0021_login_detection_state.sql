CREATE TABLE `login_detection_state` (
	`customer_id` integer PRIMARY KEY NOT NULL,
	`basis` text NOT NULL,
	`newest_at` integer NOT NULL,
	`reference_events` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
