import type { Checkpoints } from './checkpoints.service.js';

/**
 * Signs a checkpoint every `everyMs` when entries arrived since the last one (0: never). The caller
 * starts and stops it (main: at listen; tests: when they need it), like the outbox dispatcher.
 */
export function scheduleCheckpoints({ checkpoints, everyMs, log }: { checkpoints: Checkpoints; everyMs: number; log: (line: string) => void }) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;

  function runOnce(): Promise<unknown> {
    running ??= checkpoints
      .create(null, { onlyWhenNew: true })
      .catch((error: unknown) => log(`audit checkpoint not written: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (running = null));
    return running;
  }

  return {
    start() {
      if (everyMs <= 0 || timer) return;
      void runOnce();
      timer = setInterval(() => void runOnce(), everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
    runOnce,
  };
}
