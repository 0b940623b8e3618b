CREATE TABLE `customer_counts` (
	`state` text NOT NULL,
	`country` text NOT NULL,
	`legal_form` text NOT NULL,
	`has_backup_email` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`state`, `country`, `legal_form`, `has_backup_email`)
);
--> statement-breakpoint
CREATE TABLE `customer_id_buckets` (
	`bucket` integer NOT NULL,
	`state` text NOT NULL,
	`country` text NOT NULL,
	`legal_form` text NOT NULL,
	`has_backup_email` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`bucket`, `state`, `country`, `legal_form`, `has_backup_email`)
);
