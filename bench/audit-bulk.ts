import type { Database_ } from '../db/client.js';
import { DAY_MS, isoAt } from '../db/seed/dates.js';
import { Random } from '../db/seed/random.js';
import { genesisHash, type ChainedEntry } from '../server/modules/audit/audit-chain.js';
import { rawAuditAppender } from '../server/modules/audit/audit.raw-append.js';

// Ten million audit entries, written the way audit.record() would have written them one by
// one over three years (same columns, same JSON, same hash chain), but in bulk: prepared
// inserts in transactions of 100,000 rows, the log's indexes dropped during the load and built
// once at the end. The chain continues from whatever the log already holds.

interface StaffMember {
  id: number;
  role: string;
  email: string;
}

interface Emails {
  primaryEmail: string;
  backupEmail: string | null;
}

const identityChecks = ['security_questions', 'callback_on_file_phone', 'sms_code_to_phone', 'id_document_video'] as const;
const reasons = [
  'Customer lost access to the primary mailbox (former employer domain)',
  'Primary mailbox closed by the provider; caller verified',
  'Primary address compromised, customer asked for the backup to take over',
  'Domain of the primary address expired',
];
const failureCauses = ['wrong_password', 'wrong_password', 'unknown_email', 'locked'] as const;

type Entry = Omit<ChainedEntry, 'id' | 'at'>;

const perTransaction = 100_000;

export interface AuditBulkOptions {
  entries: number;
  seed?: number;
  onProgress?: (done: number) => void;
}

export function generateAuditLog({ sqlite }: Database_, { entries, seed = 7, onProgress }: AuditBulkOptions): void {
  const random = new Random(seed);
  const staff = sqlite.prepare<[], StaffMember>('SELECT id, role, email FROM staff WHERE is_active = 1 ORDER BY id').all();
  const agents = staff.filter((member) => member.role === 'agent' || member.role === 'lead');
  const admins = staff.filter((member) => member.role === 'admin');
  const customerCount = sqlite.prepare<[], number>('SELECT max(id) FROM customers').pluck().get() ?? 0;
  if (agents.length === 0 || admins.length === 0 || customerCount === 0) throw new Error('The audit generator needs customers, agents and an admin');
  const emailsOf = sqlite.prepare<[number], Emails>('SELECT primary_email AS primaryEmail, backup_email AS backupEmail FROM customers WHERE id = ?');
  const customer = () => random.int(1, customerCount);
  const pick = <T>(items: readonly T[]) => random.pick(items);

  /** One entry's content; the mix of a support team's days: sign-ins and promotions above all. */
  function nextEntry(): Entry {
    const roll = random.float();
    const none = { targetId: null, customerId: null, ticketRef: null, reason: null, personal: null };
    if (roll < 0.34) {
      const member = pick(staff);
      return { ...none, actorId: member.id, actorRole: member.role, action: 'auth.login', targetType: 'staff', targetId: String(member.id), details: '{}' };
    }
    if (roll < 0.64) {
      const member = pick(staff);
      return { ...none, actorId: member.id, actorRole: member.role, action: 'auth.logout', targetType: 'staff', targetId: String(member.id), details: '{}' };
    }
    if (roll < 0.68) {
      const member = pick(staff);
      const cause = pick(failureCauses);
      return {
        ...none,
        actorId: null,
        actorRole: null,
        action: 'auth.login_failed',
        targetType: 'staff',
        targetId: cause === 'unknown_email' ? null : String(member.id),
        details: JSON.stringify({ cause }),
        personal: JSON.stringify({ email: cause === 'unknown_email' ? `x${member.email}` : member.email }),
      };
    }
    const actor = pick(agents);
    const customerId = customer();
    if (roll < 0.94) {
      const emails = emailsOf.get(customerId) as Emails;
      const backup = emails.backupEmail ?? `secours.${customerId}@example.net`;
      const version = random.int(1, 4);
      return {
        actorId: actor.id,
        actorRole: actor.role,
        action: 'customers.promote_backup_email',
        targetType: 'customer',
        targetId: String(customerId),
        customerId,
        ticketRef: `TCK-${random.int(100_000, 999_999)}`,
        reason: pick(reasons),
        details: JSON.stringify({
          identityCheck: pick(identityChecks),
          before: { version, newBackupRequired: false },
          after: { version: version + 1, newBackupRequired: true },
        }),
        personal: JSON.stringify({ before: { primaryEmail: emails.primaryEmail, backupEmail: backup }, after: { primaryEmail: backup, backupEmail: null } }),
      };
    }
    if (roll < 0.99) {
      return {
        ...none,
        actorId: actor.id,
        actorRole: actor.role,
        action: 'messages.retry',
        targetType: 'message',
        targetId: String(random.int(1, 5_000_000)),
        customerId,
        details: JSON.stringify({ attempts: random.int(1, 5) }),
      };
    }
    const admin = pick(admins);
    const target = pick(staff);
    return {
      ...none,
      actorId: admin.id,
      actorRole: admin.role,
      action: 'staff.update',
      targetType: 'staff',
      targetId: String(target.id),
      details: JSON.stringify({ before: { role: 'agent' }, after: { role: target.role } }),
    };
  }

  const indexes = sqlite
    .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' AND sql IS NOT NULL")
    .all();
  const append = rawAuditAppender(sqlite);
  const last = sqlite.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get();
  let id = last?.id ?? 0;
  let prevHash = last?.hash ?? genesisHash;
  // Three years up to the day before now, strictly increasing like a real log.
  const start = Date.now() - 3 * 365 * DAY_MS;
  const step = (3 * 365 * DAY_MS - DAY_MS) / entries;

  const synchronous = sqlite.pragma('synchronous', { simple: true }) as number;
  sqlite.pragma('synchronous = OFF');
  for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
  try {
    for (let done = 0; done < entries; done += perTransaction) {
      const end = Math.min(entries, done + perTransaction);
      sqlite.transaction(() => {
        for (let n = done; n < end; n++) {
          id += 1;
          const entry: ChainedEntry = { id, at: isoAt(start + n * step + random.float() * step * 0.9), ...nextEntry() };
          prevHash = append(entry, prevHash);
        }
      })();
      onProgress?.(end);
    }
  } finally {
    for (const index of indexes) sqlite.exec(index.sql);
    sqlite.pragma(`synchronous = ${synchronous}`); // back to the connection's own setting
  }
}
