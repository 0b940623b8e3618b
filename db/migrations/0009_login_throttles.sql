CREATE TABLE `login_throttles` (
	`staff_id` integer NOT NULL,
	`address` text NOT NULL,
	`failures` integer NOT NULL,
	`blocked_until` text,
	`last_failure_at` text NOT NULL,
	PRIMARY KEY(`staff_id`, `address`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
