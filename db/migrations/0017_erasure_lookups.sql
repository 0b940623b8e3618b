CREATE INDEX `services_admin_contact_idx` ON `services` (`admin_contact`);--> statement-breakpoint
CREATE INDEX `services_tech_contact_idx` ON `services` (`tech_contact`);--> statement-breakpoint
CREATE INDEX `services_billing_contact_idx` ON `services` (`billing_contact`);--> statement-breakpoint
CREATE INDEX `flag_evidence_login_event_idx` ON `flag_evidence` (`login_event_id`);