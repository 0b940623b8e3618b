import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

export interface RunningServer {
  baseUrl: string;
  /** CPU time (user + system, µs) the server process has used so far. */
  cpuMicros(): Promise<number>;
  /** Asks the server process a question of bench/serve.ts (`probe`): memory, event-loop delay. */
  probe<T>(question: 'memory-start' | 'memory-stop' | 'delay-start' | 'delay-stop'): Promise<T>;
  stop(): Promise<void>;
}

/**
 * CPU pinning: the load generator (this process: autocannon, the SQL timings) on CPU 0, every
 * server on CPU 1, so that the server measured never competes with the client measuring it
 * (other work on the machine still can: the report shows the load average). Servers are loaded
 * one at a time, so they can share their CPU. `taskset -a` (util-linux) pins every thread,
 * libuv's and V8's included; threads started later inherit it.
 */
export const pinning = (() => {
  if (cpus().length < 2) return { enabled: false, why: 'one CPU only' };
  try {
    execFileSync('taskset', ['-a', '-cp', '0', String(process.pid)], { stdio: 'ignore' });
    return { enabled: true, why: 'load generator on CPU 0, servers on CPU 1 (taskset)' };
  } catch {
    return { enabled: false, why: 'taskset (util-linux) is not available' };
  }
})();

/** Starts a bench server script (serve.ts, bare-server.ts) in its own process, pinned to CPU 1. */
export async function startServer(script: string, args: string[], env: NodeJS.ProcessEnv, { pin = true } = {}): Promise<RunningServer> {
  const child: ChildProcess = fork(fileURLToPath(new URL(script, import.meta.url)), args, {
    // BENCH_SERVER_PROFILE=<dir>: each server writes a V8 CPU profile there when it stops (node --cpu-prof).
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`] : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  if (pin && pinning.enabled && child.pid) execFileSync('taskset', ['-a', '-cp', '1', String(child.pid)], { stdio: 'ignore' });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening`)));
  });
  // Threads the server started while loading (V8, libuv) are pinned too.
  if (pin && pinning.enabled && child.pid) execFileSync('taskset', ['-a', '-cp', '1', String(child.pid)], { stdio: 'ignore' });
  if (!pin && pinning.enabled && child.pid) execFileSync('taskset', ['-a', '-cp', '0-1', String(child.pid)], { stdio: 'ignore' });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    cpuMicros: () =>
      new Promise<number>((resolve) => {
        const listener = (message: unknown) => {
          const cpu = (message as { cpuMicros?: number }).cpuMicros;
          if (cpu === undefined) return;
          child.off('message', listener);
          resolve(cpu);
        };
        child.on('message', listener);
        child.send('cpu');
      }),
    probe: <T>(question: string) =>
      new Promise<T>((resolve) => {
        const listener = (message: unknown) => {
          const answer = message as { probe?: string; value?: T };
          if (answer.probe !== question) return;
          child.off('message', listener);
          resolve(answer.value as T);
        };
        child.on('message', listener);
        child.send({ probe: question });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        // A server stuck in a long synchronous transaction never sees SIGTERM: after 10 s, SIGKILL.
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => (clearTimeout(kill), resolve()));
        child.kill('SIGTERM');
      }),
  };
}
