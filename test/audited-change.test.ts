import express from 'express';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRoles } from '../db/schema/staff.js';
import { auditInvariant, countCommittedAuditEntry, type AuditInvariantViolation } from '../server/http/audit-invariant.js';
import { isAllowed } from '../server/http/policy.js';
import type { RouteDefinition } from '../server/http/routes.js';
import { demoIngestToken } from '../server/config.js';
import { ApiClient, signedInAs } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const auditCount = () => Number(server.database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get());
const totalChanges = () => Number(server.database.sqlite.prepare('SELECT total_changes()').pluck().get());

describe('the audited change', () => {
  it('commits the work, its one audit entry and its queued messages together', () => {
    const customer = server.factories.customer();
    const before = auditCount();
    const { auditId } = server.changes.apply(({ notify }) => {
      notify({
        customerId: customer.id,
        to: 'a@example.org',
        template: 'backup-promoted',
        props: { customerName: 'A', nicHandle: customer.nicHandle, newPrimary: 'a@example.org' },
        locale: 'en',
      });
      return { result: null, audit: { actor: null, action: 'test.change', targetType: 'customer', targetId: customer.id, customerId: customer.id } };
    });
    expect(auditCount()).toBe(before + 1);
    const message = server.database.sqlite
      .prepare('SELECT audit_id AS auditId, cause_action AS causeAction FROM messages WHERE customer_id = ?')
      .get(customer.id);
    expect(message).toEqual({ auditId, causeAction: 'test.change' });
  });

  it('writes nothing at all when the work refuses, even after it wrote rows', () => {
    const customer = server.factories.customer();
    const before = { audit: auditCount(), version: customer.version };
    expect(() =>
      server.changes.apply(({ notify }) => {
        server.database.sqlite.prepare('UPDATE customers SET version = version + 1 WHERE id = ?').run(customer.id);
        notify({
          customerId: customer.id,
          to: 'b@example.org',
          template: 'backup-promoted',
          props: { customerName: 'B', nicHandle: customer.nicHandle, newPrimary: 'b@example.org' },
          locale: 'en',
        });
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(auditCount()).toBe(before.audit);
    expect(server.database.sqlite.prepare('SELECT version FROM customers WHERE id = ?').pluck().get(customer.id)).toBe(before.version);
    expect(server.database.sqlite.prepare('SELECT count(*) FROM messages WHERE customer_id = ?').pluck().get(customer.id)).toBe(0);
  });

  it('rejects asynchronous work, which would escape the transaction', () => {
    const before = auditCount();
    expect(() =>
      server.changes.apply((() => Promise.resolve({ result: null, audit: { actor: null, action: 'test.async', targetType: 'test' } })) as never),
    ).toThrow(/synchronous/);
    expect(auditCount()).toBe(before);
  });

  it('runs after-commit tasks only for a change that committed', () => {
    const ran: string[] = [];
    server.changes.apply(({ afterCommit }) => {
      afterCommit(() => ran.push('committed'));
      return { result: null, audit: { actor: null, action: 'test.after', targetType: 'test' } };
    });
    expect(() =>
      server.changes.apply(({ afterCommit }) => {
        afterCommit(() => ran.push('refused'));
        throw new Error('no');
      }),
    ).toThrow('no');
    expect(ran).toEqual(['committed']);
  });

  it('is the only code that begins a transaction', () => {
    const offenders: string[] = [];
    const walk = (directory: string): void => {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts') && !path.endsWith('audited-change.ts')) {
          const text = readFileSync(path, 'utf8');
          if (/\.transaction\(|\b(exec|prepare|run)\(\s*['"`]\s*(BEGIN|SAVEPOINT)\b|\.append\(\s*\{/i.test(text)) offenders.push(path);
        }
      }
    };
    walk('server');
    expect(offenders).toEqual([]);
  });
});

describe('every route and the audit rule', () => {
  const mutating = () => server.routes.filter((route) => route.method !== 'get' && route.access !== 'public');

  it('refuses an invalid body on every state-changing route without writing anything', async () => {
    const routes = mutating();
    expect(routes.length).toBeGreaterThan(2);
    for (const route of routes) {
      const role = staffRoles.find((candidate) => isAllowed(candidate, route.access));
      const isMachine = route.access === 'service-token';
      if (!role && !isMachine) throw new Error(`${route.method} ${route.path}: no role may call it`);
      // A machine route is called with the demo service token, as the login system would.
      const client = role ? await signedInAs(server.baseUrl, role) : new ApiClient(server.baseUrl);
      const headers: Record<string, string> = isMachine ? { authorization: `Bearer ${demoIngestToken}` } : {};
      const [audit, changes] = [auditCount(), totalChanges()];
      const path = route.path.replace(/:(\w+)/g, '999999');
      const response = await client.request(route.method.toUpperCase(), path, { unexpected: true }, headers);
      const where = `${route.method.toUpperCase()} ${route.path} → ${response.status}`;
      if (route.path === '/api/auth/logout') continue; // takes no body: it ends the session (and records that)
      expect(response.status, where).toBeGreaterThanOrEqual(400);
      expect(response.status, where).toBeLessThan(500);
      expect(auditCount(), where).toBe(audit);
      expect(totalChanges(), where).toBe(changes);
    }
  });

  it('catches a route that changes data without its audit entry, or a refusal that writes one', async () => {
    const violations: AuditInvariantViolation[] = [];
    const routes: RouteDefinition[] = [
      { method: 'post', path: '/silent', access: 'public', handler: (_req, res) => res.status(204).end() },
      {
        method: 'post',
        path: '/refused-after-writing',
        access: 'public',
        handler: (_req, res) => {
          countCommittedAuditEntry();
          res.status(409).json({ code: 'x', message: 'x' });
        },
      },
      {
        method: 'post',
        path: '/honest',
        access: 'public',
        handler: (_req, res) => {
          countCommittedAuditEntry();
          res.status(204).end();
        },
      },
    ];
    const app = express();
    app.use(auditInvariant(routes, (violation) => violations.push(violation)));
    for (const route of routes) app.post(route.path, route.handler);
    const listening = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    for (const path of ['/silent', '/refused-after-writing', '/honest']) await fetch(`${base}${path}`, { method: 'POST' });
    await new Promise<void>((resolve) => listening.close(() => resolve()));
    expect(violations).toEqual([
      { route: 'POST /silent', status: 204, entries: 0 },
      { route: 'POST /refused-after-writing', status: 409, entries: 1 },
    ]);
  });
});
