import { load } from './config.js';
import { runLoad, type LoadOptions, type LoadResult } from './load.js';
import type { RunningServer } from './processes.js';

// The machine's speed drifts by tens of percent over a minute (other work shares its two
// cores), so two servers measured in separate long windows can swap places from one run to
// the next. Instead both are loaded in short windows that alternate, A B B A A B…, and each
// pair gives one ratio: drift slower than a window cancels out within the pair, and the
// spread of the pairs' ratios says how far the median can be trusted.

export interface Side {
  server: RunningServer;
  load: Omit<LoadOptions, 'baseUrl' | 'seconds'>;
}

/** One side over all its windows: the median window for each figure, CPU over all requests. */
export interface SideSummary extends LoadResult {
  windows: LoadResult[];
}

export interface Comparison {
  a: SideSummary;
  b: SideSummary;
  /** A's mean latency over B's, one per pair, in the order run. */
  latencyRatios: number[];
  /** A's server CPU per request over B's, one per pair. */
  cpuRatios: number[];
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

async function window(side: Side, seconds: number): Promise<LoadResult> {
  const cpuBefore = await side.server.cpuMicros();
  const result = await runLoad({ ...side.load, baseUrl: side.server.baseUrl, seconds });
  return { ...result, cpuUsPerRequest: ((await side.server.cpuMicros()) - cpuBefore) / result.requests };
}

function summarise(windows: LoadResult[]): SideSummary {
  const requests = windows.reduce((sum, w) => sum + w.requests, 0);
  const views = windows.flatMap((w) => (w.view ? [w.view] : []));
  return {
    windows,
    requests,
    rps: median(windows.map((w) => w.rps)),
    meanMs: median(windows.map((w) => w.meanMs)),
    p50Ms: median(windows.map((w) => w.p50Ms)),
    p99Ms: median(windows.map((w) => w.p99Ms)),
    cpuUsPerRequest: windows.reduce((sum, w) => sum + (w.cpuUsPerRequest ?? 0) * w.requests, 0) / requests,
    ...(views.length > 0
      ? { view: { count: views.reduce((sum, v) => sum + v.count, 0), p50Ms: median(views.map((v) => v.p50Ms)), p99Ms: median(views.map((v) => v.p99Ms)) } }
      : {}),
  };
}

/** Warms both sides, then `load.pairs` pairs of windows, alternating which side goes first. */
export async function compareAlternating(a: Side, b: Side): Promise<Comparison> {
  await window(a, load.warmupSeconds);
  await window(b, load.warmupSeconds);
  const aWindows: LoadResult[] = [];
  const bWindows: LoadResult[] = [];
  for (let pair = 0; pair < load.pairs; pair++) {
    const order = pair % 2 === 0 ? ([a, b] as const) : ([b, a] as const);
    for (const side of order) (side === a ? aWindows : bWindows).push(await window(side, load.seconds));
  }
  return {
    a: summarise(aWindows),
    b: summarise(bWindows),
    latencyRatios: aWindows.map((w, i) => w.meanMs / (bWindows[i] as LoadResult).meanMs),
    cpuRatios: aWindows.map((w, i) => (w.cpuUsPerRequest ?? NaN) / ((bWindows[i] as LoadResult).cpuUsPerRequest ?? NaN)),
  };
}
