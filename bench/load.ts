import autocannon from 'autocannon';
import { load } from './config.js';

export interface LoadResult {
  requests: number;
  rps: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU time per request (µs): steadier than latency when other work shares the machine. */
  cpuUsPerRequest?: number;
  /** When requests form page views (`sequence` per view): the time of a whole view, sequential. */
  view?: { count: number; p50Ms: number; p99Ms: number };
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * `connections` clients on 127.0.0.1, each sending the next path as soon as its previous answer
 * arrives. Latencies come from autocannon's response events (fractional ms; its own histogram
 * rounds to whole ms). Any answer other than 200 fails the run: a fast error is no result.
 */
export interface LoadOptions {
  baseUrl: string;
  /** GET requests, taken in turn by each connection. */
  paths: string[];
  cookie?: string;
  headers?: Record<string, string>;
  seconds: number;
  sequence?: number;
  /** Concurrent clients; `load.connections` unless given. */
  connections?: number;
  /** Writes: each request asks for its own path and JSON body (a customer is promoted once). */
  nextWrite?: () => { path: string; body: string };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const views: number[] = [];
  const pending = new Map<unknown, { sum: number; n: number }>();
  let failures = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections ?? load.connections,
        duration: options.seconds,
        requests: options.nextWrite
          ? [{ method: 'POST', setupRequest: (request) => ({ ...request, ...(options.nextWrite as NonNullable<LoadOptions['nextWrite']>)() }) }]
          : options.paths.map((path) => ({ method: 'GET', path })),
        headers: {
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.nextWrite ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (error: unknown, finished) => (error ? reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error })) : resolve(finished)),
    );
    instance.on('response', (client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode !== 200) failures += 1;
      latencies.push(responseTime);
      if (!options.sequence) return;
      const view = pending.get(client) ?? { sum: 0, n: 0 };
      view.sum += responseTime;
      view.n += 1;
      if (view.n === options.sequence) {
        views.push(view.sum);
        pending.delete(client);
      } else pending.set(client, view);
    });
  });
  if (failures > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${options.paths[0]}…: ${failures} non-200 answers, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  latencies.sort((a, b) => a - b);
  views.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / options.seconds,
    meanMs: latencies.reduce((sum, v) => sum + v, 0) / latencies.length,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    ...(options.sequence ? { view: { count: views.length, p50Ms: percentile(views, 50), p99Ms: percentile(views, 99) } } : {}),
  };
}
