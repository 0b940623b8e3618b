import express, { type Express } from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerJsonDirectly } from '../server/http/json-answer.js';

// The API's res.json skips Express's steps that do nothing for our answers (server/http/json-answer.ts):
// each answer must be the one Express's own res.json gives, byte for byte and header for header.

const body = { name: 'Hélène Lefèvre', rows: [{ id: 1, note: '<script>"\u2028' }], empty: null };

function appWith(direct: boolean): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  if (direct) answerJsonDirectly(app);
  app.all('/answer', (_req, res) => res.json(body));
  app.get('/created', (_req, res) => res.status(201).json([1, 2]));
  app.get('/typed', (_req, res) => res.type('application/problem+json').json({ code: 'x' }));
  app.get('/nothing', (_req, res) => res.status(204).json(body));
  return app;
}

const servers: Array<{ url: string; close: () => void }> = [];
const start = async (app: Express) => {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const entry = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
  servers.push(entry);
  return entry.url;
};

let plain: string;
let direct: string;
beforeAll(async () => {
  plain = await start(appWith(false));
  direct = await start(appWith(true));
});
afterAll(() => servers.forEach((server) => server.close()));

async function answer(base: string, path: string, init?: RequestInit) {
  const response = await fetch(`${base}${path}`, init);
  const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== 'date' && name !== 'keep-alive'));
  return { status: response.status, headers, text: await response.text() };
}

describe('JSON answers', () => {
  it.each([
    ['a plain answer', '/answer', undefined],
    ['another status', '/created', undefined],
    ['a type chosen by the route', '/typed', undefined],
    ['204, which drops the body', '/nothing', undefined],
    ['HEAD', '/answer', { method: 'HEAD' }],
    ['a conditional request', '/answer', { headers: { 'if-none-match': '*' } }],
  ])('answers %s exactly as Express does', async (_what, path, init) => {
    const expected = await answer(plain, path, init);
    expect(await answer(direct, path, init)).toEqual(expected);
  });

  it('refuses to stand in for Express when the app sets a JSON option it does not honour', () => {
    const app = express();
    app.set('json spaces', 2);
    expect(() => answerJsonDirectly(app)).toThrow(/json spaces/);
  });
});
