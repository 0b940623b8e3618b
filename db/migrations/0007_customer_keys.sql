CREATE TABLE `customer_keys` (
	`customer_id` integer PRIMARY KEY NOT NULL,
	`wrapped_key` text,
	`created_at` text NOT NULL,
	`destroyed_at` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
