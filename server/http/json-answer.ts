import type { Express, Response } from 'express';

/**
 * `res.json` without the steps that do nothing for our answers: Express's version sets the type,
 * re-parses it to add the charset, looks up four settings, copies a long body into a Buffer to
 * measure it and evaluates freshness (no ETag, no Last-Modified: never fresh) — a few µs on every
 * API answer (per-request CPU, docs/DECISIONS.md). The bytes and headers sent are the same.
 * Anything unusual (HEAD, 204/205/304, a conditional request, a type or transfer encoding already
 * chosen, a body JSON cannot express) goes through Express's own `res.json`.
 * Valid while the app sets no `json replacer`/`json spaces`/`json escape` and no ETag function:
 * installing it with one of them set throws.
 */
export function answerJsonDirectly(app: Express): void {
  for (const setting of ['json replacer', 'json spaces', 'json escape', 'etag fn'])
    if (app.get(setting)) throw new Error(`answerJsonDirectly: the app sets "${setting}", which only Express's res.json honours`);
  const expressJson = app.response.json;
  app.response.json = function json(this: Response, body: unknown) {
    const { method, headers } = this.req;
    const status = this.statusCode;
    if (
      method === 'HEAD' ||
      status === 204 ||
      status === 205 ||
      status === 304 ||
      headers['if-none-match'] !== undefined ||
      headers['if-modified-since'] !== undefined ||
      this.hasHeader('Content-Type') ||
      this.hasHeader('Transfer-Encoding')
    )
      return expressJson.call(this, body);
    const text = JSON.stringify(body) as string | undefined;
    if (text === undefined) return expressJson.call(this, body);
    this.setHeader('Content-Type', 'application/json; charset=utf-8');
    this.setHeader('Content-Length', Buffer.byteLength(text, 'utf8'));
    this.end(text, 'utf8');
    return this;
  };
}
