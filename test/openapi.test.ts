import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiVersion, openApiDocument, openApiPath } from '../server/http/openapi.js';
import type { RouteDefinition } from '../server/http/routes.js';
import { ApiClient, signedInAs } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-app.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Document = ReturnType<typeof openApiDocument>;
type Operation = { parameters?: Array<{ name: string; in: string }>; requestBody?: { content: Record<string, unknown> }; responses: Record<string, unknown> };

/**
 * Every route declares its success answer: a list its row schema, any other route `schemas.response`
 * (a zod schema; `{ file }` for a download, described by its media types; `null` for 204). There is
 * no exception: a route whose answer the document cannot describe does not compile into the table.
 */
const hasSuccessSchema = (route: RouteDefinition) => (route.schemas?.list ? route.schemas.list.row !== undefined : route.schemas?.response !== undefined);

/** What is wrong with a route table and its document: a route missing from it, or one without its schemas. */
function problems(routes: readonly RouteDefinition[], document: Document): string[] {
  const found: string[] = [];
  for (const route of routes) {
    const where = `${route.method.toUpperCase()} ${route.path}`;
    const operation = document.paths[openApiPath(route.path)]?.[route.method] as Operation | undefined;
    if (!operation) {
      found.push(`${where} is missing from the document`);
      continue;
    }
    // A route that takes a request declares what it reads (null: nothing), so its body is documented.
    if (route.method !== 'get' && route.schemas?.body === undefined) found.push(`${where} declares no body schema (schemas.body, or null)`);
    if (route.schemas?.body && !operation.requestBody) found.push(`${where} has no requestBody`);
    if (!hasSuccessSchema(route)) found.push(`${where} declares no success schema (listRoute row, or schemas.response)`);
    const pathParams = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]);
    for (const name of pathParams)
      if (!operation.parameters?.some((p) => p.in === 'path' && p.name === name)) found.push(`${where} does not document its path parameter ${name}`);
  }
  return found;
}

/** The parts of OpenAPI 3.1 this document uses, checked with ajv (the official schema is not vendored). */
const documentShape = {
  type: 'object',
  required: ['openapi', 'info', 'paths', 'components'],
  properties: {
    openapi: { type: 'string', pattern: '^3\\.1\\.\\d+$' },
    info: { type: 'object', required: ['title', 'version'], properties: { title: { type: 'string' }, version: { type: 'string' } } },
    paths: {
      type: 'object',
      propertyNames: { pattern: '^/' },
      additionalProperties: {
        type: 'object',
        propertyNames: { enum: ['get', 'post', 'put', 'delete', 'patch'] },
        additionalProperties: {
          type: 'object',
          required: ['operationId', 'responses'],
          properties: {
            operationId: { type: 'string', pattern: '^[\\w-]+$' },
            parameters: {
              type: 'array',
              items: {
                type: 'object',
                required: ['name', 'in'],
                properties: { in: { enum: ['path', 'query', 'header', 'cookie'] }, name: { type: 'string' } },
                oneOf: [{ required: ['schema'] }, { required: ['content'] }],
                if: { properties: { in: { const: 'path' } } },
                then: { required: ['required'], properties: { required: { const: true } } },
              },
            },
            requestBody: { type: 'object', required: ['content'], properties: { content: { type: 'object', minProperties: 1 } } },
            responses: { type: 'object', minProperties: 1, additionalProperties: { type: 'object', required: ['description'] } },
          },
        },
      },
    },
  },
};

/** Every JSON Schema inside the document (parameters, bodies, responses), to compile each with ajv. */
function embeddedSchemas(value: unknown, path = '$'): Array<[string, object]> {
  if (typeof value !== 'object' || value === null) return [];
  const found: Array<[string, object]> = [];
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'schema' && typeof child === 'object' && child !== null && !('$ref' in child)) found.push([`${path}.schema`, child]);
    else found.push(...embeddedSchemas(child, `${path}.${key}`));
  }
  return found;
}

describe('OpenAPI 3.1 document', () => {
  it('documents every declared route with its parameters and body', () => {
    const document = openApiDocument(server.routes, apiVersion);
    expect(server.routes.length).toBeGreaterThan(50);
    expect(problems(server.routes, document)).toEqual([]);
  });

  it('documents each list row and record with the schema of what the server sends', async () => {
    const document = openApiDocument(server.routes, apiVersion);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const agent = await signedInAs(server.baseUrl, 'agent');
    const customer = server.factories.customer();
    server.factories.service(customer.id);
    const schemaOf = (path: string) =>
      ((document.paths[path]?.get as Operation).responses['200'] as { content: { 'application/json': { schema: object } } }).content['application/json'].schema;
    const list = await agent.get<Array<{ id: number }>>(`/api/services?filter=${encodeURIComponent(JSON.stringify({ customerId: customer.id }))}`);
    expect(list.body.length).toBeGreaterThan(0);
    const validList = ajv.compile(schemaOf('/api/services'));
    expect(validList(list.body), JSON.stringify(validList.errors)).toBe(true);
    const one = await agent.get(`/api/services/${list.body[0]?.id}`);
    const validOne = ajv.compile(schemaOf('/api/services/{id}'));
    expect(validOne(one.body), JSON.stringify(validOne.errors)).toBe(true);
    expect(validOne({ id: 'not a record' })).toBe(false);
  });

  it('names a route that is missing or lacks its schemas', () => {
    const declared: RouteDefinition[] = [
      { method: 'post', path: '/api/things/:id/do', access: 'customers.read', schemas: { response: null }, handler: () => undefined },
      {
        method: 'post',
        path: '/api/things',
        access: 'customers.read',
        schemas: { body: z.object({ name: z.string() }).strict(), response: z.object({ id: z.number() }), status: 201 },
        handler: () => undefined,
      },
    ];
    const document = openApiDocument(declared.slice(1), apiVersion);
    expect(problems(declared, document)).toEqual(['POST /api/things/:id/do is missing from the document']);
    expect(problems(declared, openApiDocument(declared, apiVersion))).toEqual(['POST /api/things/:id/do declares no body schema (schemas.body, or null)']);
    const answers: RouteDefinition[] = [
      { method: 'get', path: '/api/things/:id', access: 'customers.read', handler: () => undefined },
      { method: 'post', path: '/api/things/:id/undo', access: 'customers.read', schemas: { body: null }, handler: () => undefined },
      { method: 'get', path: '/api/things/:id/owner', access: 'customers.read', schemas: { response: z.object({ id: z.number() }) }, handler: () => undefined },
    ];
    expect(problems(answers, openApiDocument(answers, apiVersion))).toEqual([
      'GET /api/things/:id declares no success schema (listRoute row, or schemas.response)',
      'POST /api/things/:id/undo declares no success schema (listRoute row, or schemas.response)',
    ]);
    // A creation is documented as 201, an empty answer as 204.
    const created = openApiDocument(declared, apiVersion).paths;
    expect(Object.keys((created['/api/things']?.post as Operation).responses)).toEqual(['201', '4XX', '5XX']);
    expect(Object.keys((created['/api/things/{id}/do']?.post as Operation).responses)).toEqual(['204', '4XX', '5XX']);
  });

  it('has the shape of an OpenAPI 3.1 document, and every schema in it compiles as JSON Schema 2020-12', () => {
    const document = openApiDocument(server.routes, apiVersion);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(documentShape);
    expect(validate(document), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const schemas = [
      ...embeddedSchemas(document.paths),
      ...Object.entries(document.components.schemas).map(([name, schema]): [string, object] => [name, schema]),
    ];
    expect(schemas.length).toBeGreaterThan(100);
    // Every reference to a named answer resolves.
    const refs = [...JSON.stringify(document.paths).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((match) => match[1] ?? '');
    expect(refs.filter((name) => !(name in document.components.schemas))).toEqual([]);
    // Compiled beside the document's named answers, so that their references resolve.
    const components = { schemas: document.components.schemas };
    for (const [where, schema] of schemas) expect(() => ajv.compile({ ...schema, components }), where).not.toThrow();
  });

  it('describes uploads as multipart and downloads by their media type', () => {
    const document = openApiDocument(server.routes, apiVersion);
    const upload = document.paths['/api/email-claims/{id}/documents']?.post as Operation;
    expect(Object.keys(upload.requestBody?.content ?? {})).toEqual(['multipart/form-data']);
    expect(JSON.stringify(upload.requestBody)).toContain('"files"');
    const letter = document.paths['/api/claim-letters/{id}/pdf']?.get as Operation;
    expect(Object.keys((letter.responses['200'] as { content: object }).content)).toEqual(['application/pdf']);
    const list = document.paths['/api/customers']?.get as Operation;
    expect(list.parameters?.map((p) => p.name)).toEqual(['sort', 'range', 'filter']);
  });

  it('is committed as docs/openapi.json, up to date (npm run openapi writes it)', () => {
    const committed = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as unknown;
    expect(committed, 'docs/openapi.json is stale: run `npm run openapi` and commit it').toEqual(openApiDocument(server.routes, apiVersion));
  });

  it('is served to signed-in staff, and to no one else', async () => {
    const anonymous = await new ApiClient(server.baseUrl).get('/api/openapi.json');
    expect(anonymous.status).toBe(401);
    for (const role of ['agent', 'admin'] as const) {
      const response = await (await signedInAs(server.baseUrl, role)).get('/api/openapi.json');
      expect(response.status).toBe(200);
      expect(response.body).toEqual(openApiDocument(server.routes, apiVersion));
    }
  });
});
