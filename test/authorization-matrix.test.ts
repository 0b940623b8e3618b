import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRoles } from '../db/schema/staff.js';
import { demoIngestToken } from '../server/config.js';
import { isAllowed, policy } from '../server/http/policy.js';
import type { RouteDefinition } from '../server/http/routes.js';
import { ApiClient, signedInAs } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ customers: 20 });
});
afterAll(() => server.close());

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
  name?: string;
  handle?: { stack?: RouterLayer[] };
}

/** Every method + path Express actually routes, read from the live router (not from our list). */
function routesRegisteredInExpress(app: Express): string[] {
  const found: string[] = [];
  const stack = (app as unknown as { router: { stack: RouterLayer[] } }).router.stack;
  for (const layer of stack) {
    if (!layer.route) continue;
    for (const method of Object.keys(layer.route.methods)) found.push(`${method.toUpperCase()} ${layer.route.path}`);
  }
  return found.filter((route) => route.includes(' /api/'));
}

const concretePath = (route: RouteDefinition) => route.path.replace(/:id\b/g, '1');

describe('authorization matrix (SPEC §4.8)', () => {
  it('has a policy entry for every API route Express serves', () => {
    const declared = new Set(server.routes.map((route) => `${route.method.toUpperCase()} ${route.path}`));
    const registered = routesRegisteredInExpress(server.app);
    expect(registered.length).toBeGreaterThan(10);
    for (const route of registered) expect(declared, `${route} is served but missing from the declared routes`).toContain(route);
    for (const route of server.routes) {
      const known = route.access === 'public' || route.access === 'signed-in' || route.access === 'service-token' || route.access in policy;
      expect(known, `${route.method} ${route.path} names unknown permission ${route.access}`).toBe(true);
    }
  });

  it('refuses every non-public route to an anonymous caller with 401', async () => {
    const anonymous = new ApiClient(server.baseUrl);
    for (const route of server.routes.filter((r) => r.access !== 'public')) {
      const response = await anonymous.request(route.method.toUpperCase(), concretePath(route), route.method === 'get' ? undefined : {});
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect(response.body).toMatchObject({ code: route.access === 'service-token' ? 'auth.service_token_required' : 'auth.required' });
    }
  });

  it('lets a service token reach exactly the service routes, and no staff route', async () => {
    const machine = new ApiClient(server.baseUrl);
    const serviceRoutes = server.routes.filter((r) => r.access === 'service-token');
    expect(serviceRoutes.length).toBeGreaterThan(0);
    for (const route of server.routes.filter((r) => r.access !== 'public')) {
      const response = await machine.request(route.method.toUpperCase(), concretePath(route), route.method === 'get' ? undefined : [], {
        authorization: `Bearer ${demoIngestToken}`,
      });
      const where = `service token ${route.method.toUpperCase()} ${route.path} → ${response.status}`;
      if (route.access === 'service-token') expect([401, 403], where).not.toContain(response.status);
      else expect(response.status, where).toBe(401);
      expect(response.status, where).toBeLessThan(500);
    }
  });

  for (const role of staffRoles) {
    it(`lets ${role} reach exactly the routes the policy grants`, async () => {
      for (const route of server.routes.filter((r) => r.access !== 'public')) {
        // A fresh session per route: some routes (sign-out) end the session they are called with.
        const client = await signedInAs(server.baseUrl, role);
        const response = await client.request(route.method.toUpperCase(), concretePath(route), route.method === 'get' ? undefined : {});
        const where = `${role} ${route.method.toUpperCase()} ${route.path} → ${response.status} ${String(JSON.stringify(response.body)).slice(0, 120)}`;
        if (isAllowed(role, route.access)) expect([401, 403], where).not.toContain(response.status);
        else expect(response.status, where).toBe(403);
        expect(response.status, where).toBeLessThan(500);
      }
    });
  }
});
