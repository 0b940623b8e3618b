import type { CustomerState, LegalForm } from '../schema/customers.js';
import type { UniqueRegistry } from './unique-registry.js';
import type { Person } from './identity.js';
import type { Region } from './pools.js';
import type { Random } from './random.js';
import type { RowWriter } from './row-writer.js';

/** Counters behind the bijective identifiers (invoice numbers, VPS names…); fixtures use the first values. */
export interface Sequences {
  invoice: number;
  order: number;
  vps: number;
  server: number;
  cloud: number;
}

export interface SeedContext {
  random: Random;
  writer: RowWriter;
  emails: UniqueRegistry;
  domains: UniqueRegistry;
  sequences: Sequences;
  /** Handles of company customers already written, who may act as another customer's agency. */
  agencyHandles: string[];
  /** Used when no generated agency exists yet (the first generated customers). */
  fallbackAgencyHandle: string;
}

/** What the child-row generators need to know about the customer being written. */
export interface CustomerProfile {
  id: number;
  handle: string;
  /** Digits of the handle: unique, used to make fallback e-mails and domains unique. */
  tag: string;
  legalForm: LegalForm;
  state: CustomerState;
  region: Region;
  person: Person;
  subsidiary: string;
  createdMs: number;
  /** Last change; for an erased account, the erasure. */
  updatedMs: number;
  /** For domain names: `saint-etienne`. */
  citySlug: string;
  /** The organisation's own domain, if it has one. */
  organisationDomain: string | null;
  primaryEmail: string;
  backupEmail: string | null;
  hasUnpaidInvoice: boolean;
}
