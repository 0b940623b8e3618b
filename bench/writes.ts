import Database from 'better-sqlite3';
import { compareAlternating, type Comparison } from './compare.js';
import { load, paths } from './config.js';
import { startServer } from './processes.js';
import { signIn } from './sign-in.js';

// Durability (docs/DECISIONS.md, issue 7 defect 10): what `synchronous = FULL` costs an agent
// against NORMAL, on the audited write agents make most: promoting a backup e-mail. Two real
// servers on the same database, one per setting, loaded in alternating windows like the reads.
// Each request promotes a different customer (a customer has one backup e-mail to promote), so
// every run leaves a few thousand promotions and their audit entries in the cached database.
// Each promotion's two e-mails are delivered after its commit by the same server (two more
// commits), as in production; a server's 15-s retry round may pick up a few of the other's.

export interface DurabilityResult {
  /** A = FULL, B = NORMAL; one agent promoting, then `load.connections` at once. */
  alone: Comparison;
  comparison: Comparison;
  promoted: number;
  what: string;
}

const body = (version: number) =>
  JSON.stringify({
    ticketRef: 'BENCH-DURABILITY',
    identityCheck: 'security_questions',
    reason: 'Benchmark: the cost of a durable commit',
    version,
  });

export async function measureDurability(env: NodeJS.ProcessEnv): Promise<DurabilityResult> {
  const reader = new Database(paths.database, { readonly: true });
  const candidates = reader
    .prepare<[], { id: number; version: number }>(
      // An open high-severity flag locks the promotion (flags helper): such accounts are left out.
      `SELECT id, version FROM customers WHERE state = 'active' AND backup_email IS NOT NULL AND processing_restricted = 0
       AND id NOT IN (SELECT customer_id FROM flags WHERE is_active = 1 AND severity = 'high') ORDER BY id DESC LIMIT 200000`,
    )
    .all();
  reader.close();
  let next = 0;
  const nextWrite = () => {
    // Past the last candidate the same one comes again: its 409 fails the run with a clear count.
    const customer = candidates[Math.min(next, candidates.length - 1)] as { id: number; version: number };
    next += 1;
    return { path: `/api/customers/${customer.id}/promote-backup-email`, body: body(customer.version) };
  };
  const full = await startServer('./serve.ts', [], { ...env, BENCH_SYNCHRONOUS: 'FULL' });
  const normal = await startServer('./serve.ts', [], { ...env, BENCH_SYNCHRONOUS: 'NORMAL' });
  try {
    // Two accounts: a sign-in revokes the account's other session.
    const [fullSession, normalSession] = [
      await signIn(full.baseUrl, { email: 'agent1@guichet.test' }),
      await signIn(normal.baseUrl, { email: 'agent2@guichet.test' }),
    ];
    const side = (server: typeof full, session: typeof fullSession, connections: number) => ({
      server,
      load: { paths: [], cookie: session.cookie, headers: { 'x-csrf-token': session.csrfToken }, nextWrite, connections },
    });
    const alone = await compareAlternating(side(full, fullSession, 1), side(normal, normalSession, 1));
    const comparison = await compareAlternating(side(full, fullSession, load.connections), side(normal, normalSession, load.connections));
    return {
      alone,
      comparison,
      promoted: next,
      what: 'POST /api/customers/:id/promote-backup-email (the change, two e-mail history rows, one audit entry, two queued e-mails; one IMMEDIATE transaction), a different customer each time',
    };
  } finally {
    await Promise.all([full.stop(), normal.stop()]);
  }
}
