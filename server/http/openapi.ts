import { readFileSync } from 'node:fs';
import { z, type ZodType } from 'zod';
import { recordId } from './ids.js';
import { maxPageSize } from './list-query.js';
import { policy } from './policy.js';
import type { MultipartBody, RouteDefinition } from './routes.js';
import { documentedNameOf } from './views.js';

// The OpenAPI 3.1 document of the API, generated from the route table and its zod schemas: the same
// objects that check requests describe them, so the document cannot drift from the code
// (test/openapi.test.ts also fails when a route is missing or lacks its schemas).

type JsonSchema = Record<string, unknown>;

/** The package's version, as the document's `info.version`. */
export const apiVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
type Operation = Record<string, unknown>;

/** zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect): requests as the client writes them (`io: 'input'`), answers as sent. */
function jsonSchema(schema: ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  if (schema === recordId) return { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER };
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const errorResponse = {
  description: 'An error: `{ code, message, errors? }`',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

function accessText(access: RouteDefinition['access']): string {
  if (access === 'public') return 'Public.';
  if (access === 'signed-in') return 'Any signed-in staff member.';
  if (access === 'service-token') return 'Machine callers with a service token (Authorization: Bearer), never a staff session.';
  return `Permission \`${access}\`: ${policy[access].join(', ')}.`;
}

function securityOf(access: RouteDefinition['access']): Array<Record<string, string[]>> {
  if (access === 'public') return [];
  if (access === 'service-token') return [{ serviceToken: [] }];
  return [{ session: [], csrf: [] }];
}

function pathParameters(route: RouteDefinition) {
  return [...route.path.matchAll(/:(\w+)/g)].map(([, name = '']) => ({
    name,
    in: 'path',
    required: true,
    schema: jsonSchema(route.schemas?.params?.[name] ?? recordId),
  }));
}

function queryParameters(route: RouteDefinition) {
  const list = route.schemas?.list;
  if (list) {
    return [
      {
        name: 'sort',
        in: 'query',
        description: `["field", "ASC"|"DESC"]; fields: ${list.sortFields.join(', ')} (default ${JSON.stringify(list.defaultSort)}).`,
        content: {
          'application/json': { schema: { type: 'array', prefixItems: [{ enum: [...list.sortFields] }, { enum: ['ASC', 'DESC'] }], minItems: 2, maxItems: 2 } },
        },
      },
      {
        name: 'range',
        in: 'query',
        description: `[start, end], inclusive, at most ${maxPageSize} rows.`,
        content: { 'application/json': { schema: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 2 } } },
      },
      {
        name: 'filter',
        in: 'query',
        // Cross-field rules are checks in code, not JSON Schema: the description states them.
        description: ['Field → value; unknown fields are refused.', ...(list.rules ?? [])].join(' '),
        content: { 'application/json': { schema: jsonSchema(list.filter) } },
      },
    ];
  }
  const query = route.schemas?.query ? jsonSchema(route.schemas.query) : null;
  const properties = (query?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((query?.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => ({ name, in: 'query', required: required.has(name), schema }));
}

const isMultipart = (body: unknown): body is MultipartBody => typeof body === 'object' && body !== null && 'multipart' in body;

function requestBody(route: RouteDefinition) {
  const body = route.schemas?.body;
  if (!body) return undefined;
  if (isMultipart(body)) {
    const fields = body.multipart.fields ? jsonSchema(body.multipart.fields) : { properties: {}, required: [] };
    const files = Object.fromEntries(
      body.multipart.files.map((name) => [name, { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } }]),
    );
    return {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: { ...(fields.properties as object), ...files },
            required: [...((fields.required as string[]) ?? []), ...body.multipart.files],
          },
        },
      },
    };
  }
  return { required: true, content: { 'application/json': { schema: jsonSchema(body) } } };
}

/** An answer's schema: a named one (views.ts `documentedAs`) once in `components.schemas`, referred to by every route sending it. */
function answerSchema(schema: ZodType, components: Record<string, JsonSchema>): JsonSchema {
  const name = documentedNameOf(schema);
  if (!name) return jsonSchema(schema, 'output');
  components[name] ??= jsonSchema(schema, 'output');
  return { $ref: `#/components/schemas/${name}` };
}

function successResponse(route: RouteDefinition, components: Record<string, JsonSchema>) {
  const response = route.schemas?.response;
  if (response === null) return { description: 'Done; no content.' };
  if (response && 'file' in response) {
    const types = typeof response.file === 'string' ? [response.file] : response.file;
    return {
      description: 'A file download (Content-Disposition names it).',
      content: Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])),
    };
  }
  if (route.schemas?.list) {
    return {
      description: 'One page of records; the total in Content-Range.',
      headers: {
        'Content-Range': { description: '`<resource> <start>-<end>/<total>`', schema: { type: 'string' } },
        'X-Total-Capped': { description: '`true` when the total is a lower bound (counted up to a cap).', schema: { type: 'string', enum: ['true'] } },
      },
      content: {
        'application/json': {
          schema: { type: 'array', items: route.schemas.list.row ? answerSchema(route.schemas.list.row, components) : { type: 'object' } },
        },
      },
    };
  }
  const description = route.schemas?.status === 201 ? 'Created' : 'JSON';
  return { description, content: { 'application/json': { schema: response ? answerSchema(response, components) : {} } } };
}

const successStatus = (route: RouteDefinition) => (route.schemas?.response === null ? '204' : String(route.schemas?.status ?? 200));

function operationOf(route: RouteDefinition, components: Record<string, JsonSchema>): Operation {
  const parameters = [...pathParameters(route), ...queryParameters(route)];
  const body = requestBody(route);
  const tag = route.path.split('/')[2] ?? 'api';
  return {
    operationId: `${route.method}${route.path.replace(/[^\w-]+/g, '_')}`,
    ...(route.schemas?.summary ? { summary: route.schemas.summary } : {}),
    tags: [tag],
    description: `${accessText(route.access)}${route.reauth ? ' Needs a recent password/code confirmation (403 `auth.reauth_required`).' : ''}`,
    security: securityOf(route.access),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: { [successStatus(route)]: successResponse(route, components), '4XX': errorResponse, '5XX': errorResponse },
  };
}

/** This document, as `GET /api/openapi.json` answers it: its top level (the rest is OpenAPI 3.1's own schema). */
export const openApiDocumentSchema = z
  .object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }).loose(), paths: z.record(z.string(), z.unknown()) })
  .loose();

/** Express's `/api/customers/:id` as OpenAPI's `/api/customers/{id}`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

export function openApiDocument(routes: readonly RouteDefinition[], version: string) {
  const paths: Record<string, Record<string, Operation>> = {};
  const answers: Record<string, JsonSchema> = {};
  for (const route of routes) (paths[openApiPath(route.path)] ??= {})[route.method] = operationOf(route, answers);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Guichet API',
      version,
      description: 'The API behind the Guichet console (generated from server/http routes and their zod schemas by `npm run openapi`).',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: {
        ...answers,
        Error: {
          type: 'object',
          properties: { code: { type: 'string' }, message: { type: 'string' }, errors: { type: 'object', additionalProperties: { type: 'string' } } },
          required: ['code', 'message'],
        },
      },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'guichet_session', description: 'Set by POST /api/auth/login.' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'The session’s token, on every state-changing request.' },
        serviceToken: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}
