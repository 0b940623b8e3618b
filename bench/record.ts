import type Database from 'better-sqlite3';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../db/client.js';
import { createApp, noLog } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { paths } from './config.js';
import { signIn, type Role, type Session } from './sign-in.js';

// Which statements does the real server run for a request? Ask it: the real app, in this
// process, over a database connection that notes every statement executed. The floors (the
// bare Express server and the direct timings) then run exactly these statements.

export interface RecordedStatement {
  sql: string;
  method: 'get' | 'all';
  args: unknown[];
  /** Read as arrays (`.raw()`), as the repository does. */
  raw: boolean;
}

export interface RecordedRequest {
  path: string;
  statements: RecordedStatement[];
}

// Session checks belong to the full stack being measured, not to the floor.
const isSessionWork = (sql: string) => /\bsessions\b/.test(sql);

function recordInto(sqlite: Database.Database, sink: { statements: RecordedStatement[] | null }): void {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((sql: string) => {
    const statement = prepare(sql);
    let raw = false;
    const setRaw = statement.raw.bind(statement);
    statement.raw = (toggle?: boolean) => {
      raw = toggle ?? true;
      return toggle === undefined ? setRaw() : setRaw(toggle);
    };
    for (const method of ['get', 'all'] as const) {
      const run = statement[method].bind<(...args: unknown[]) => unknown>(statement);
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        if (sink.statements && !isSessionWork(sql)) sink.statements.push({ sql, method, args, raw });
        return run(...args);
      };
    }
    return statement;
  }) as typeof sqlite.prepare;
}

export async function recordRequests(requests: ReadonlyArray<{ path: string; role: Role }>): Promise<RecordedRequest[]> {
  const database = openDatabase(paths.database);
  const sink: { statements: RecordedStatement[] | null } = { statements: null };
  recordInto(database.sqlite, sink);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_PATH: paths.database });
  const { app, messages } = createApp({ config, database, log: noLog });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sessions = new Map<Role, Session>();
  try {
    const recorded: RecordedRequest[] = [];
    for (const { path, role } of requests) {
      if (!sessions.has(role)) sessions.set(role, await signIn(baseUrl, role));
      const headers = { cookie: (sessions.get(role) as Session).cookie };
      // Twice: the second run is the steady state (statement and bucket caches warm).
      await fetch(`${baseUrl}${path}`, { headers }).then((response) => response.arrayBuffer());
      sink.statements = [];
      const response = await fetch(`${baseUrl}${path}`, { headers });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status} while recording`);
      recorded.push({ path, statements: sink.statements });
      sink.statements = null;
    }
    return recorded;
  } finally {
    await messages.stop();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    database.sqlite.close();
  }
}
