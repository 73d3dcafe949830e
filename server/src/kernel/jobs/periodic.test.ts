import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPeriodic } from './periodic.ts';

/** A run that finishes only when the test says so. */
function gate() {
  let open!: () => void;
  const closed = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { closed, open };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startPeriodic', () => {
  it('runs at once, then once per interval', async () => {
    const run = vi.fn(async () => undefined);
    const job = startPeriodic({ name: 'tick', intervalMs: 1000, run, onError: () => undefined });
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(5);
    await job.stop();
  });

  it('never overlaps itself: a slow run delays the next one, which then starts at once', async () => {
    const slow = gate();
    let running = 0;
    let maxRunning = 0;
    const run = vi.fn(async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      if (run.mock.calls.length === 1) await slow.closed;
      running -= 1;
    });
    const job = startPeriodic({ name: 'slow', intervalMs: 1000, run, onError: () => undefined });
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(1);
    slow.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(maxRunning).toBe(1);
    await job.stop();
  });

  it('stop() waits for the run in progress and nothing runs afterwards', async () => {
    const slow = gate();
    let finished = false;
    const run = vi.fn(async () => {
      await slow.closed;
      finished = true;
    });
    const job = startPeriodic({ name: 'stopping', intervalMs: 1000, run, onError: () => undefined });
    let stopped = false;
    const stopping = job.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(stopped).toBe(false);
    slow.open();
    await stopping;
    expect(finished).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('reports a failed run with the job name and keeps its schedule', async () => {
    const failure = new Error('database away');
    const run = vi.fn(async () => {
      if (run.mock.calls.length === 1) throw failure;
    });
    const onError = vi.fn();
    const job = startPeriodic({ name: 'flaky', intervalMs: 500, run, onError });
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledWith(failure, 'flaky');
    await vi.advanceTimersByTimeAsync(500);
    expect(run).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledTimes(1);
    await job.stop();
  });
});
