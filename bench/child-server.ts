import type { Express } from 'express';
import type { AddressInfo } from 'node:net';

/**
 * The child side of bench/processes.ts, shared by the real server and the floors: listen and announce
 * the port, answer the parent's 'cpu' question (CPU per request is measured around each run) and its
 * probes, and on SIGTERM drop open connections, close, run `stop`, exit.
 */
export function serveToParent(
  app: Express,
  { port = 0, host = '127.0.0.1', answer, stop }: { port?: number; host?: string; answer?: (probe: string) => unknown; stop?: () => Promise<void> } = {},
): void {
  const server = app.listen(port, host, () => process.send?.({ port: (server.address() as AddressInfo).port }));
  process.on('message', (message) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuMicros: user + system });
    }
    const probe = (message as { probe?: string } | null)?.probe;
    if (probe && answer) process.send?.({ probe, value: answer(probe) });
  });
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => void (stop?.() ?? Promise.resolve()).then(() => process.exit(0)));
  });
}
