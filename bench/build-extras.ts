import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database_ } from '../db/client.js';
import { flagRules, flagSeverities, severityRank } from '../db/schema/flags.js';
import { claimStates, rejectionReasons } from '../db/schema/email-claims.js';
import { DAY_MS, isoAt } from '../db/seed/dates.js';
import { Random } from '../db/seed/random.js';
import { genesisHash, type ChainedEntry } from '../server/modules/audit/audit-chain.js';
import { rawAuditAppender } from '../server/modules/audit/audit.raw-append.js';
import { createPersonalCipher } from '../server/modules/audit/audit-personal.js';
import { createCustomerKeys } from '../server/modules/customer-keys/customer-keys.service.js';
import { benchCustomerKeyMasterKey, paths } from './config.js';

// The bench's own rows on top of the base database (build-db.ts): 100,000 e-mail claims and
// 100,000 flags for the claims list and the flag queue, and a few "heaviest accounts" for the
// GDPR figures (10,000 login events, 500 invoices, 2,000 audit entries each). Written once into
// the cached database, keyed by this file's text: the base takes ~45 min to build, these seconds.
// Each run erases one heavy account (bench/gdpr.ts), so there are several.

export const extrasScale = { claims: 100_000, flags: 100_000, heavyAccounts: 6, loginEvents: 10_000, invoices: 500, auditEntries: 2_000 };

export interface ExtrasInfo {
  key: string;
  claims: number;
  flags: number;
  /** Customers made heavy and erasable (nothing unpaid, pending or live), lowest id first. */
  heavyAccounts: number[];
  builtMs: number;
}

const extrasKey = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex')
  .slice(0, 12);
const extrasPath = () => `${paths.database}.extras.json`;

const perTransaction = 20_000;
const YEARS_3 = 3 * 365 * DAY_MS;

function batched(sqlite: Database_['sqlite'], total: number, row: (n: number) => void): void {
  for (let done = 0; done < total; done += perTransaction) {
    const end = Math.min(total, done + perTransaction);
    sqlite.transaction(() => {
      for (let n = done; n < end; n++) row(n);
    })();
  }
}

function addClaims({ sqlite }: Database_, random: Random, maxCustomer: number, staffIds: number[], avoid: Set<number>): void {
  const insert = sqlite.prepare(`INSERT INTO email_claims (state, customer_id, received_on, postmark_on, claimed_handle, claimed_code, new_primary_email,
    new_backup_email, sender_name, sender_address, ticket_ref, recorded_by, assignee_id, reviewed_by, decided_by, decided_at, rejection_reason,
    decision_note, hold_until, applied_by, applied_at, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const handleOf = sqlite.prepare<[number], string>('SELECT nic_handle FROM customers WHERE id = ?').pluck();
  const start = Date.now() - YEARS_3;
  // Claims arrive in time order over three years; most are decided, the recent ones still open.
  batched(sqlite, extrasScale.claims, (n) => {
    const received = start + (n / extrasScale.claims) * (YEARS_3 - DAY_MS);
    const recent = n > extrasScale.claims * 0.97;
    const state = recent ? random.pick(['received', 'in_review', 'awaiting_documents'] as const) : random.pick(claimStates);
    let customerId: number | null = random.float() < 0.9 ? random.int(1, maxCustomer) : null;
    if (customerId !== null && avoid.has(customerId)) customerId = null;
    const handle = customerId === null ? `zz${random.int(10_000, 99_999)}-ovh` : (handleOf.get(customerId) ?? 'zz00000-ovh');
    const decided = ['approved', 'rejected', 'applied'].includes(state);
    const at = isoAt(received);
    const decidedAt = decided ? isoAt(received + 5 * DAY_MS) : null;
    const by = () => random.pick(staffIds);
    insert.run(
      state,
      customerId,
      at.slice(0, 10),
      isoAt(received - 2 * DAY_MS).slice(0, 10),
      handle,
      null,
      `claim${n}@example.org`,
      null,
      `Claimant ${n}`,
      `${n} rue de la Poste\n75001 Paris`,
      `TCK-${100_000 + n}`,
      by(),
      state === 'received' && random.float() < 0.5 ? null : by(),
      state === 'received' ? null : by(),
      decided ? by() : null,
      decidedAt,
      state === 'rejected' ? random.pick(rejectionReasons.filter((r) => r !== 'other')) : null,
      null,
      state === 'approved' || state === 'applied' ? isoAt(received + 19 * DAY_MS) : null,
      state === 'applied' ? by() : null,
      state === 'applied' ? isoAt(received + 20 * DAY_MS) : null,
      at,
      decidedAt ?? at,
      decided ? 4 : 1,
    );
  });
}

function addFlags({ sqlite }: Database_, random: Random, maxCustomer: number, staffIds: number[], avoid: Set<number>): void {
  const insert = sqlite.prepare(`INSERT INTO flags (customer_id, rule, severity, kind, severity_rank, status, is_active, resolution, assignee_id,
    summary, ticket_ref, raised_by, raised_at, last_evidence_at, updated_at, resolved_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const start = Date.now() - YEARS_3;
  // The durability scenario promotes the newest 200,000 customers: an open high flag there would lock them.
  const lockable = Math.max(1, Math.floor(maxCustomer * 0.7));
  batched(sqlite, extrasScale.flags, (n) => {
    const raised = start + (n / extrasScale.flags) * (YEARS_3 - DAY_MS);
    let customerId = random.int(1, lockable);
    if (avoid.has(customerId)) customerId += 1;
    const rule = random.pick(flagRules);
    const severity = random.pick(flagSeverities);
    const recent = n > extrasScale.flags * 0.95;
    const status = recent ? random.pick(['open', 'investigating'] as const) : random.float() < 0.9 ? 'resolved' : 'open';
    const at = isoAt(raised);
    const resolvedAt = status === 'resolved' ? isoAt(raised + 2 * DAY_MS) : null;
    insert.run(
      customerId,
      rule,
      severity,
      rule === 'manual' ? 'unrecognised_login_notification' : null,
      severityRank[severity],
      status,
      status === 'resolved' ? 0 : 1,
      status === 'resolved' ? random.pick(['confirmed_fraud', 'false_positive', 'customer_secured'] as const) : null,
      status === 'open' && random.float() < 0.5 ? null : random.pick(staffIds),
      `Bench flag ${n}: ${rule.replaceAll('_', ' ')}`,
      rule === 'manual' ? `TCK-${200_000 + n}` : null,
      rule === 'manual' ? random.pick(staffIds) : null,
      at,
      at,
      resolvedAt ?? at,
      resolvedAt,
      status === 'resolved' ? 3 : 1,
    );
  });
}

/** Customers made heavy and erasable, spread over the lower ids (away from the promotions' newest 200,000). */
function addHeavyAccounts(database: Database_, random: Random, ids: number[]): void {
  const { sqlite } = database;
  const keys = createCustomerKeys({ database, masterKey: Buffer.from(benchCustomerKeyMasterKey, 'base64'), clock: () => new Date() });
  const cipher = createPersonalCipher(keys);
  const event = sqlite.prepare(`INSERT INTO login_events (customer_id, occurred_at, ip, country, device, device_id, result, is_new_device, location_source)
    VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'ip')`);
  const invoice = sqlite.prepare(
    `INSERT INTO invoices (customer_id, number, issued_at, due_at, amount_cents, currency, status, paid_at) VALUES (?,?,?,?,?,'EUR','paid',?)`,
  );
  const staff = sqlite.prepare<[], { id: number; role: string }>("SELECT id, role FROM staff WHERE role IN ('agent', 'lead') ORDER BY id").all();
  const email = sqlite.prepare<[number], { primaryEmail: string; backupEmail: string | null }>(
    'SELECT primary_email AS primaryEmail, backup_email AS backupEmail FROM customers WHERE id = ?',
  );
  const start = Date.now() - YEARS_3;
  sqlite.transaction(() => {
    for (const id of ids) {
      // Erasable: every blocker of gdpr.erasure.ts lifted, as a customer who has left would be.
      sqlite.prepare("UPDATE services SET status = 'terminated' WHERE customer_id = ?").run(id);
      sqlite.prepare("UPDATE invoices SET status = 'paid', paid_at = coalesce(paid_at, due_at) WHERE customer_id = ?").run(id);
      sqlite.prepare("UPDATE orders SET status = 'cancelled' WHERE customer_id = ? AND status = 'pending'").run(id);
      sqlite.prepare('UPDATE customers SET prepaid_credit_cents = 0 WHERE id = ?').run(id);
      for (let n = 0; n < extrasScale.loginEvents; n++) {
        const at = isoAt(start + (n / extrasScale.loginEvents) * YEARS_3);
        event.run(id, at, `192.0.2.${n % 250}`, 'FR', 'Firefox on Linux', `bench-device-${n % 7}`, n % 20 === 0 ? 'wrong_password' : 'success');
      }
      for (let n = 0; n < extrasScale.invoices; n++) {
        const issued = start + (n / extrasScale.invoices) * YEARS_3;
        invoice.run(id, `BENCH-${id}-${n}`, isoAt(issued), isoAt(issued + 30 * DAY_MS), random.int(500, 50_000), isoAt(issued + 10 * DAY_MS));
      }
    }
  })();
  // 2,000 audit entries about each, appended to the chain as audit.record() would (personal values sealed with the customer's key).
  const append = rawAuditAppender(sqlite);
  const last = sqlite.prepare<[], { id: number; hash: string; at: string }>('SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get();
  let id = last?.id ?? 0;
  let prev = last?.hash ?? genesisHash;
  const from = last ? Date.parse(last.at) : Date.now() - DAY_MS;
  const total = ids.length * extrasScale.auditEntries;
  sqlite.transaction(() => {
    for (let n = 0; n < total; n++) {
      const customerId = ids[n % ids.length] as number;
      const actor = random.pick(staff);
      const emails = email.get(customerId) as { primaryEmail: string; backupEmail: string | null };
      id += 1;
      const entry: ChainedEntry = {
        id,
        at: isoAt(from + ((n + 1) / (total + 1)) * (Date.now() - from)),
        actorId: actor.id,
        actorRole: actor.role,
        action: n % 4 === 0 ? 'customers.promote_backup_email' : 'messages.retry',
        targetType: n % 4 === 0 ? 'customer' : 'message',
        targetId: String(n % 4 === 0 ? customerId : 9_000_000 + n),
        customerId,
        ticketRef: `TCK-${300_000 + n}`,
        reason: n % 4 === 0 ? 'Primary mailbox closed by the provider; caller verified' : null,
        details: JSON.stringify({ attempts: 1 + (n % 3) }),
        personal:
          n % 4 === 0 ? cipher.seal(customerId, JSON.stringify({ before: emails, after: { primaryEmail: emails.backupEmail, backupEmail: null } })) : null,
      };
      prev = append(entry, prev);
    }
  })();
}

/** Adds the bench's rows once to the cached database (or finds them there). */
export function ensureExtras(database: Database_, log: (line: string) => void): ExtrasInfo {
  if (existsSync(extrasPath())) {
    const info = JSON.parse(readFileSync(extrasPath(), 'utf8')) as ExtrasInfo;
    if (info.key !== extrasKey) {
      throw new Error(`${paths.database} holds the bench rows of an older build-extras.ts (${info.key}): delete it and its .json files to rebuild`);
    }
    return info;
  }
  const started = Date.now();
  const { sqlite } = database;
  const random = new Random(11);
  const maxCustomer = sqlite.prepare<[], number>('SELECT max(id) FROM customers').pluck().get() ?? 0;
  const staffIds = sqlite.prepare<[], number>("SELECT id FROM staff WHERE role IN ('agent', 'lead') ORDER BY id").pluck().all();
  const heavy = sqlite
    .prepare<[number, number], number>(
      "SELECT id FROM customers WHERE state = 'active' AND processing_restricted = 0 AND legal_form = 'individual' AND id % ? = 7 ORDER BY id LIMIT ?",
    )
    .pluck()
    .all(Math.max(1, Math.floor(maxCustomer / 100)), extrasScale.heavyAccounts);
  const avoid = new Set(heavy);
  log(`Adding ${extrasScale.claims.toLocaleString('en')} claims, ${extrasScale.flags.toLocaleString('en')} flags and ${heavy.length} heavy accounts…`);
  addClaims(database, random, maxCustomer, staffIds, avoid);
  addFlags(database, random, maxCustomer, staffIds, avoid);
  addHeavyAccounts(database, random, heavy);
  sqlite.pragma('optimize');
  const info: ExtrasInfo = { key: extrasKey, claims: extrasScale.claims, flags: extrasScale.flags, heavyAccounts: heavy, builtMs: Date.now() - started };
  writeFileSync(extrasPath(), `${JSON.stringify(info, null, 2)}\n`);
  log(`  bench rows added in ${(info.builtMs / 1000).toFixed(1)} s`);
  return info;
}
