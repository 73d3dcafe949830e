// S3 — month-end 837I batch for a 300-patient PHP program (reference §B4 S3; issue 5 item 9;
// billing: runs.service.ts, batches.service.ts, edi/, x12/).
//
// Seed (s3-seed.ts): 300 PHP patients on traditional Medicare, 4 groups every program day of
// February 2026 (20 weekdays), all attended, signed notes: 24,000 services.
// The biller (logged in with MFA) runs the month, through HTTP (app.inject): POST /api/billing/runs
// makes one claim per patient (bill type 13X, condition code 41, about 80 lines each), timed once.
// Baseline (s3-baseline.ts): one SELECT of every claim line the batch holds (without the rule trace).
// App: POST /api/claim-batches with the run's claims, through HTTP: the claims locked and read, the
// 837I built, parsed and checked against the implementation map (checkX12), stored, audited per
// patient. After each round the bench puts the claims back to `ready` and drops the batch, so the
// next round builds the same claims again; the clock moves a minute between rounds.
// ratio = app p50 ÷ raw p50 (target ≤ 20); app p50 and p95 ≤ 5 s; 0 map issues; CLM02 = Σ SV203 on
// every claim and equal to the claim's stored lines; ≤ 5,000 CLM per ST–SE and ≤ 999 lines per claim;
// every round's file byte-identical to the first once control numbers and dates are blanked.
import { inArray, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config.ts';
import { ManualClock } from '../src/kernel/clock.ts';
import { selectRows } from '../src/kernel/db/index.ts';
import { systemContext } from '../src/kernel/http/index.ts';
import { claims as claimsTable, x12MapsFrom } from '../src/modules/billing/index.ts';
import type { Claim } from '../src/modules/billing/claim-model.ts';
import { build837I, MAX_CLAIMS_PER_TRANSACTION, MAX_LINES_837I } from '../src/modules/billing/edi/index.ts';
import { checkX12, parse } from '../src/modules/billing/x12/index.ts';
import { totpCode } from '../src/modules/identity/index.ts';
import {
  benchDatabase,
  latencySummary,
  machine,
  median,
  note,
  now,
  timed,
  type Scenario,
  type ScenarioOptions,
  type ScenarioResult,
} from './harness.ts';
import { rawBatchLines } from './s3-baseline.ts';
import { fileFacts, splitProbe, unbalancedClaims, withoutControlValues } from './s3-file-checks.ts';
import { S3_MONTH, seedS3 } from './s3-seed.ts';

/** §B4 S3 targets. */
const TARGET_MS = 5000;
const TARGET_RATIO = 20;
const SERVICES_PER_DAY = 4;

const FULL = { patients: 300, rounds: 7 };
const SMOKE = { patients: 24, rounds: 2 };

const PASSWORD = 'synthetic biller passphrase for S3 only';
const ORIGIN = 'http://localhost:80';

async function run({ smoke }: ScenarioOptions): Promise<ScenarioResult> {
  const size = smoke ? SMOKE : FULL;
  const database = await benchDatabase({
    url: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || process.env.TEST_DATABASE_URL,
  });
  const { db } = database;
  const clock = new ManualClock('2026-01-20T15:00:00Z');
  const { app, modules } = await buildApp({ config: testConfig(), db, clock });
  await app.ready();
  try {
    const ctx = systemContext('bench');
    const user = (n: number, roles: string[], given: string) =>
      db.transaction((tx) =>
        modules.identity.createUser(tx, ctx, {
          name: { given, family: `Test-S3 ${roles[0]} ${n}` },
          email: `s3.${roles[0]}.${n}@example.test`,
          roles,
          password: PASSWORD,
        }),
      );
    await user(1, ['biller'], 'Bea');
    const attending = [await user(1, ['psychiatrist'], 'Ada'), await user(2, ['psychiatrist'], 'Abe')];
    const leads = [];
    for (let n = 1; n <= 4; n += 1) leads.push(await user(n, ['therapist'], 'Lee'));
    const payer = await modules.payers.createPayer(ctx, {
      name: 'Medicare Part A (Synthetic)',
      payerId: '06102',
      template: 'medicare_institutional',
    });
    const seedStart = now();
    const { data, rows } = await seedS3(db, size, { attending, leads }, payer.id);
    note(`S3: ${database.engine}; seeded in ${Math.round(now() - seedStart)} ms: ${JSON.stringify(rows)}`);
    clock.set(data.billedAt);
    const headers = await loginWithMfa(app, clock, 's3.biller.1@example.test');
    const post = async (url: string, payload: Record<string, unknown>): Promise<LightMyRequestResponse> => {
      const res = await app.inject({ method: 'POST', url, headers, payload });
      if (res.statusCode !== 201) throw new Error(`S3: ${url} answered ${res.statusCode}: ${res.body.slice(0, 500)}`);
      return res;
    };

    note('S3: billing the month');
    const billing = await timed(() => post('/api/billing/runs', S3_MONTH));
    const runBody = billing.value.json() as { claims: { id: string }[]; held: unknown[] };
    const claimIds = runBody.claims.map((c) => c.id);
    const [stored] = await selectRows<{ ready: number; lines: number }>(
      db,
      sql`select (select count(*)::int from claims where status = 'ready') as ready,
        (select count(*)::int from claim_lines) as lines`,
    );

    const maps = x12MapsFrom()();
    /** One POST /api/claim-batches, timed; then its file is read and the batch undone. */
    const batch = async () => {
      const { ms, value: res } = await timed(() => post('/api/claim-batches', { claimIds }));
      const id = (res.json() as { id: string }).id;
      const [row] = await selectRows<{ x12: string }>(db, sql`select x12 from claim_batches where id = ${id}`);
      // Back to before the batch, so the next round builds the same claims (bench bookkeeping, not timed).
      await db.execute(sql`update claims set status = 'ready', batch_id = null where batch_id = ${id}`);
      await db.execute(sql`delete from claim_batches where id = ${id}`);
      return { ms, x12: row!.x12 };
    };
    const timedRaw = async () => (await timed(() => rawBatchLines(db, claimIds))).ms;

    note('S3: timing the raw fetch and the batch');
    await timedRaw();
    await batch(); // warm-up: the maps are read and compiled on first use
    const raw: number[] = [];
    const appTimes: number[] = [];
    const files: string[] = [];
    for (let i = 0; i < size.rounds; i += 1) {
      clock.advance(60_000);
      raw.push(await timedRaw());
      const built = await batch();
      appTimes.push(built.ms);
      files.push(built.x12);
    }

    // The same two steps outside the service, on the claims as stored: where the batch's time goes.
    const storedClaims = await claimsOf(db, claimIds);
    const envelope = {
      sender: { qualifier: 'ZZ', id: 'S3SENDER' },
      receiver: { qualifier: 'ZZ', id: payer.payerId },
      controlNumber: 1,
      createdAt: '2026-03-02T12:00',
      submitter: { name: 'S3 BENCH', id: 'S3SENDER', contact: { name: 'BILLING', phone: '2175550103' } },
      receiverName: payer.name,
      usage: 'T' as const,
    };
    const generate: number[] = [];
    const validate: number[] = [];
    for (let i = 0; i < size.rounds; i += 1) {
      const built = await timed(async () => build837I(storedClaims, envelope));
      generate.push(built.ms);
      validate.push((await timed(async () => checkX12(maps['837I'], parse(built.value).segments))).ms);
    }

    note('S3: checking the files');
    const [first] = files;
    const facts = fileFacts(first!);
    const lines = await rawBatchLines(db, claimIds);
    const storedCents = new Map<string, number>();
    for (const line of lines) storedCents.set(line.claimId, (storedCents.get(line.claimId) ?? 0) + line.chargeCents);
    const reconciled =
      facts.claims.length === claimIds.length &&
      facts.claims.every((c) => storedCents.get(c.controlNumber) === c.chargeCents);
    const maskedFirst = withoutControlValues(first!);
    const deterministic = files.every((file) => withoutControlValues(file) === maskedFirst);
    const split = splitProbe(storedClaims[0]!, maps['837I'], envelope);

    const app50 = median(appTimes)!;
    const raw50 = median(raw)!;
    const latency = latencySummary(appTimes);
    const expectedLines = data.patients * data.programDays * SERVICES_PER_DAY;
    const x12Issues = checkX12(maps['837I'], parse(first!).segments).length;
    const maxLines = Math.max(...facts.claims.map((c) => c.lines));
    const maxClaims = Math.max(...facts.claimsPerSet);
    const failed = [
      ...(claimIds.length === data.patients ? [] : [`${claimIds.length} claims, not ${data.patients}`]),
      ...(stored?.lines === expectedLines ? [] : [`${stored?.lines} lines, not ${expectedLines}`]),
      ...(stored?.ready === data.patients ? [] : [`${stored?.ready} claims ready`]),
      ...(runBody.held.length === 0 ? [] : [`${runBody.held.length} services held`]),
      ...(x12Issues === 0 ? [] : [`${x12Issues} X12 map issues`]),
      ...(unbalancedClaims(facts) === 0 ? [] : ['CLM02 is not the sum of SV203']),
      ...(reconciled ? [] : ['CLM02 differs from the stored lines']),
      ...(facts.claims.reduce((n, c) => n + c.lines, 0) === lines.length ? [] : ['service lines differ from the rows']),
      ...(maxClaims <= MAX_CLAIMS_PER_TRANSACTION ? [] : [`${maxClaims} claims in a transaction set`]),
      ...(maxLines <= MAX_LINES_837I ? [] : [`${maxLines} lines in a claim`]),
      ...(split.linesSplit ? [] : [`a claim of ${MAX_LINES_837I + 1} lines is not split at ${MAX_LINES_837I}`]),
      ...(split.claimsSplit ? [] : [`${MAX_CLAIMS_PER_TRANSACTION + 1} claims are not split into two sets`]),
      ...(deterministic ? [] : ['a rebuild differs beyond control numbers and dates']),
      ...(smoke || latency.p95! <= TARGET_MS ? [] : [`p95 ${Math.round(latency.p95!)} ms > ${TARGET_MS} ms`]),
      ...(smoke || app50 / raw50 <= TARGET_RATIO ? [] : [`ratio ${(app50 / raw50).toFixed(1)} > ${TARGET_RATIO}`]),
    ];
    return {
      scenario: 'S3',
      baseline: raw50,
      app: app50,
      ratio: app50 / raw50,
      ...latency,
      checks: {
        engine: database.engine,
        ...machine(),
        baselineUnit: 'ms, one SELECT of the batch’s claim lines, the columns a file line is made of (median)',
        appUnit:
          'ms, POST /api/claim-batches: lock and read the claims, build, parse and check the 837I, store, audit (median)',
        patients: data.patients,
        programDays: data.programDays,
        attendanceRows: rows.attendance ?? 0,
        runMs: billing.ms,
        claims: claimIds.length,
        serviceLines: lines.length,
        fileBytes: first!.length,
        transactionSets: facts.claimsPerSet.length,
        maxClaimsPerSet: maxClaims,
        maxLinesPerClaim: maxLines,
        rawP95Ms: latencySummary(raw).p95,
        generateP50Ms: median(generate),
        validateP50Ms: median(validate),
        x12Issues,
        clm02EqualsSv203: unbalancedClaims(facts) === 0,
        clm02EqualsStoredLines: reconciled,
        splitsAt999Lines: split.linesSplit,
        splitsAt5000Claims: split.claimsSplit,
        rebuildsIdentical: deterministic,
        rebuildsCompared: files.length,
        failed: failed.join('; '),
      },
      pass: failed.length === 0,
    };
  } finally {
    await app.close();
    await database.close();
  }
}

/** The claims as stored, in the batch's order. */
async function claimsOf(db: Parameters<typeof rawBatchLines>[0], ids: string[]): Promise<Claim[]> {
  const rows = await db
    .select({ id: claimsTable.id, claim: claimsTable.claim })
    .from(claimsTable)
    .where(inArray(claimsTable.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r.claim]));
  return ids.map((id) => byId.get(id)!);
}

/** A biller's login: MFA is required for the role (AUTH-5), so enroll, verify, then log in with a code. */
async function loginWithMfa(
  app: Awaited<ReturnType<typeof buildApp>>['app'],
  clock: ManualClock,
  email: string,
): Promise<Record<string, string>> {
  const login = (totp?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: ORIGIN },
      payload: { email, password: PASSWORD, ...(totp ? { totp } : {}) },
    });
  const cookie = (res: LightMyRequestResponse) => String(res.headers['set-cookie']).split(';')[0]!;
  const first = await login();
  if (first.statusCode !== 200) throw new Error(`S3: login failed: ${first.body}`);
  const pending = { cookie: cookie(first), origin: ORIGIN };
  const { secret } = (await app.inject({ method: 'POST', url: '/api/auth/mfa/enroll', headers: pending })).json();
  await app.inject({
    method: 'POST',
    url: '/api/auth/mfa/verify',
    headers: pending,
    payload: { code: totpCode(secret, clock.now()) },
  });
  // A TOTP code is accepted once: the login takes the next step's code.
  clock.advance(30_000);
  const second = await login(totpCode(secret, clock.now()));
  if (second.statusCode !== 200) throw new Error(`S3: MFA login failed: ${second.body}`);
  return { cookie: cookie(second), origin: ORIGIN };
}

export const s3: Scenario = { id: 'S3', title: 'month-end 837I for a 300-patient PHP program', run };
