ALTER TABLE `gdpr_requests` ADD `clock_due_on` text;--> statement-breakpoint
CREATE INDEX `gdpr_requests_due_idx` ON `gdpr_requests` (`clock_due_on`,`id`);