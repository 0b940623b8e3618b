import { median } from './compare.js';

// The capability figures that are not "a list page against its floor" (bench/scenarios.ts):
// uploads, letters, ingestion, GDPR, the audit export and chain. Each measurement returns a
// section of RESULTS.md and its verdicts, which join the Targets table.

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
  why?: string;
}

export interface Section {
  title: string;
  lines: string[];
  verdicts: Verdict[];
}

export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
export const spread = (ratios: number[]) => `${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`;
export const percentileOf = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
export const seconds = (startedNs: bigint) => Number(process.hrtime.bigint() - startedNs) / 1e9;

/** A section that failed to measure says so in RESULTS.md instead of stopping the whole run. */
export async function attempt(title: string, measure: () => Promise<Section>, log: (line: string) => void): Promise<Section> {
  try {
    log(title);
    return await measure();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  FAILED: ${message}`);
    return { title, lines: [`Not measured in this run: ${message}`], verdicts: [] };
  }
}
