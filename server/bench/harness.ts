// Shared pieces of the benchmark harness (DESIGN §6, reference §B4): timing, percentiles, the one
// JSON line per scenario, and a fresh database per scenario.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase, runMigrations, type Database } from '../src/kernel/db/index.ts';

export type CheckValue = number | boolean | string | null;

/** What a scenario prints (§B4: `{scenario, baseline, app, ratio = app/baseline, p50, p95, p99, checks}`). */
export interface ScenarioResult {
  scenario: string;
  /** The physical baseline measured in the same run, in the unit the scenario names in its README entry. */
  baseline: number | null;
  /** The app figure compared with the baseline, same unit. */
  app: number | null;
  ratio: number | null;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  checks: Record<string, CheckValue>;
  pass: boolean;
}

export interface ScenarioOptions {
  /** Tiny sizes, seconds of work: CI runs this only to prove the scenario works, so timing targets are not judged. */
  smoke: boolean;
}

export interface Scenario {
  id: string;
  title: string;
  run(options: ScenarioOptions): Promise<ScenarioResult>;
}

export const now = (): number => performance.now();

/** Wall time of one call, in milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = now();
  const value = await fn();
  return { ms: now() - start, value };
}

/** Nearest-rank percentile (the smallest sample with at least p% of samples at or below it). */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export const median = (samples: readonly number[]): number | null => percentile(samples, 50);

export function latencySummary(samples: readonly number[]): {
  p50: number | null;
  p95: number | null;
  p99: number | null;
} {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** At most `limit` tasks in flight; the rest wait their turn (first come, first served). */
export function semaphore(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    async acquire(): Promise<void> {
      if (active < limit) {
        active += 1;
        return;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    release(): void {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    },
  };
}

const round = (n: number | null): number | null =>
  n === null || !Number.isFinite(n) ? n : Math.round(n * 1000) / 1000;

/** Print the scenario's single JSON line on stdout (progress notes go to stderr, so stdout stays parseable). */
export function printResult(result: ScenarioResult): void {
  const line = {
    scenario: result.scenario,
    baseline: round(result.baseline),
    app: round(result.app),
    ratio: round(result.ratio),
    p50: round(result.p50),
    p95: round(result.p95),
    p99: round(result.p99),
    checks: Object.fromEntries(
      Object.entries(result.checks).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]),
    ),
    pass: result.pass,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** How busy the box was: ratios hold up across machines, less so on a machine shared with other work. */
export function machine(): { cpus: number; loadAvg1m: number } {
  return { cpus: os.availableParallelism(), loadAvg1m: os.loadavg()[0]! };
}

export const note = (message: string): void => {
  process.stderr.write(`  ${message}\n`);
};

/**
 * A migrated database of the scenario's own: PGlite in memory by default, or, when BENCH_DATABASE_URL
 * (or the scenario's `url`) names a PostgreSQL server, a fresh database created beside it and
 * dropped on close (re-runs start clean).
 */
export async function benchDatabase(
  options: { poolSize?: number; onQuery?: (query: string) => void; url?: string | undefined } = {},
): Promise<Database> {
  const url = options.url ?? process.env.BENCH_DATABASE_URL;
  const onQuery = options.onQuery ? { onQuery: options.onQuery } : {};
  if (!url) {
    const database = await openDatabase({ ...onQuery });
    await runMigrations(database);
    return database;
  }
  const name = `iop_ehr_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({
    databaseUrl: target.toString(),
    poolSize: options.poolSize ?? 10,
    ...onQuery,
  });
  await runMigrations(database);
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      // pool.end() resolves before its sockets have closed: a forced drop would kill them mid-exit
      // (57P01, an unhandled pool error), so wait for them to go and force only as a last resort.
      for (let attempt = 0; ; attempt += 1) {
        try {
          await cleanup.query(`drop database if exists ${name}${attempt >= 20 ? ' with (force)' : ''}`);
          break;
        } catch (err) {
          if (attempt >= 20) throw err;
          await sleep(100);
        }
      }
      await cleanup.end();
    },
  };
}

/** Rejects after `ms`, so a scenario stops by itself even if something hangs. */
export function deadline(ms: number, what: string): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} exceeded its hard limit of ${ms} ms`)), ms);
  });
  promise.catch(() => undefined);
  return { promise, cancel: () => clearTimeout(timer) };
}
