import type { Database_ } from '../../../db/client.js';
import { customerNotFound } from '../customers/customers.errors.js';
import { accountSummaryItems } from './customer-summary.account-items.js';

/**
 * The strip at the top of every customer page: the facts an agent on a call must see before
 * anything else. One place where capabilities contribute their items (STYLE.md, "One source for
 * each concept"): the account's own facts come first (customer-summary.account-items.ts); an
 * open flag, an open claim or a GDPR request with its days left add theirs with `summary.add(...)`
 * when their service is created (as capabilities add blocking rules to blocked-actions).
 */

/** Which customer-page tab shows the details behind an item (its URL path under the page). */
export type SummaryTab = '' | '2fa' | 'services' | 'sub-users' | 'billing' | 'login-events' | 'email-history' | 'messages' | (string & {});

/**
 * A value the UI formats in the reader's language and time zone: a plain text or number, an
 * instant (ISO 8601, shown with its zone), an amount of money in integer cents, or enum values
 * shown as words (`enum` names the label table: `twoFactor`, `country`…).
 */
export type SummaryValue = string | number | { instant: string } | { cents: number; currency: string } | { enum: string; values: readonly string[] };

export interface SummaryItem {
  /** Stable name of the item (`state`, `invoices`…): what tests and the UI's data-attribute use. */
  key: string;
  /** How much it matters: `danger` and `warning` catch the eye, `ok` is reassurance, `info` neutral. */
  tone: 'ok' | 'info' | 'warning' | 'danger';
  /** The label to translate (`guichet.summary.<code>` in the UI), with `values` as its parameters. */
  code: string;
  values: Record<string, SummaryValue>;
  /** The same sentence in English: shown when the UI has no label for `code`. */
  message: string;
  tab: SummaryTab;
}

export interface SummarySubject {
  customerId: number;
  now: Date;
}

/** Reads the database synchronously and answers the items it knows about (none is fine). */
export type SummaryContributor = (subject: SummarySubject) => SummaryItem[];

export function createCustomerSummary({ database, clock }: { database: Database_; clock: () => Date }) {
  const contributors: SummaryContributor[] = [accountSummaryItems(database)];
  const exists = database.sqlite.prepare<[number], { id: number }>('SELECT id FROM customers WHERE id = ?');
  return {
    /** A capability contributes the items it knows about an account (after the account's own). */
    add(contributor: SummaryContributor): void {
      contributors.push(contributor);
    },
    get(customerId: number): { id: number; items: SummaryItem[] } {
      if (!exists.get(customerId)) throw customerNotFound();
      const subject = { customerId, now: clock() };
      return { id: customerId, items: contributors.flatMap((contributor) => contributor(subject)) };
    },
  };
}

export type CustomerSummary = ReturnType<typeof createCustomerSummary>;
