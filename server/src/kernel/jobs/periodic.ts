// A job that runs now and then every interval, in this process, never overlapping itself
// (decision 0007: enough while every job is idempotent and guards itself with database locks).

export interface PeriodicJob {
  /** For logs: which job failed. */
  name: string;
  intervalMs: number;
  run: () => Promise<unknown>;
  /** A failed run is reported here; the job keeps its schedule. */
  onError: (error: unknown, name: string) => void;
}

export interface RunningJob {
  /** No further runs; resolves once a run in progress has finished. */
  stop(): Promise<void>;
}

export function startPeriodic(job: PeriodicJob): RunningJob {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;

  const tick = () => {
    const startedAt = Date.now();
    current = (async () => {
      try {
        await job.run();
      } catch (error) {
        job.onError(error, job.name);
      }
    })();
    void current.then(() => {
      current = undefined;
      if (stopped) return;
      // The next run starts one interval after this one started, or at once if this one took longer:
      // a slow run delays the schedule instead of piling runs on top of each other.
      const wait = Math.max(0, startedAt + job.intervalMs - Date.now());
      timer = setTimeout(tick, wait);
      // A pending run must not keep the process alive on its own.
      timer.unref();
    });
  };

  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
