import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRoles } from '../db/schema/staff.js';
import { demoIngestToken } from '../server/config.js';
import { isAllowed, policy } from '../server/http/policy.js';
import { mountRoutes, type RouteDefinition } from '../server/http/routes.js';
import { routesServedBy, undeclaredApiRoutes } from './support/route-inventory.js';
import { ApiClient, signedInAs } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ customers: 20 });
});
afterAll(() => server.close());

const concretePath = (route: RouteDefinition) => route.path.replace(/:id\b/g, '1');

describe('authorization matrix (SPEC §4.8)', () => {
  it('has a policy entry for every API route Express serves', () => {
    expect(routesServedBy(server.app).filter((route) => route.includes(' /api/')).length).toBeGreaterThan(10);
    expect(undeclaredApiRoutes(server.app, server.routes), 'served but missing from the declared routes').toEqual([]);
    for (const route of server.routes) {
      const known = route.access === 'public' || route.access === 'signed-in' || route.access === 'service-token' || route.access in policy;
      expect(known, `${route.method} ${route.path} names unknown permission ${route.access}`).toBe(true);
    }
  });

  it('sees an undeclared route on a sub-router, at any depth', () => {
    const app = express();
    mountRoutes(app, [{ method: 'get', path: '/api/declared/:id', access: 'customers.read', handler: () => undefined }]);
    const uploads = express.Router();
    uploads.post('/:id/file', () => undefined);
    const nested = express.Router();
    nested.get('/deep', () => undefined);
    uploads.use('/more', nested);
    app.use('/api/uploads', uploads);
    expect(undeclaredApiRoutes(app, [{ method: 'get', path: '/api/declared/:id' }])).toEqual(['POST /api/uploads/:id/file', 'GET /api/uploads/more/deep']);
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
