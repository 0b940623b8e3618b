import express from 'express';
import { readFileSync } from 'node:fs';
import { openDatabase } from '../db/client.js';
import { serveToParent } from './child-server.js';
import type { RecordedRequest } from './record.js';

// The floor of the full stack: Express and better-sqlite3, nothing else — no helmet, session,
// CSRF, policy, validation or view shaping. Route /floor/<n> runs the statements the real server
// ran for request n (recorded in the same run) the way a plain handler would, `stmt.all()`
// returning objects, and answers their results as JSON.
const { databasePath, requests } = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as { databasePath: string; requests: RecordedRequest[] };
const { sqlite } = openDatabase(databasePath);
const app = express();
requests.forEach((request, index) => {
  const statements = request.statements.map(({ sql, method, args }) => ({ statement: sqlite.prepare(sql), method, args }));
  app.get(`/floor/${index}`, (_req, res) => {
    const results = statements.map(({ statement, method, args }) => (method === 'get' ? statement.get(...args) : statement.all(...args)));
    res.setHeader('Content-Range', `items 0-24/${results.length}`);
    res.json(results.length === 1 ? results[0] : results);
  });
});
serveToParent(app);
