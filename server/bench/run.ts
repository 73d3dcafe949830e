// npm run bench [-- S8 …] [-- --smoke]: runs the benchmark scenarios (DESIGN §6, reference §B4).
// stdout: one JSON line per scenario, then `N passed, N failed`; progress notes go to stderr.
// Exit code 1 when any scenario fails. --smoke runs tiny sizes (seconds): CI uses it only to prove
// the scenarios work, so there pass/fail is judged on correctness checks, not on timing.
import { note, printResult, type Scenario, type ScenarioResult } from './harness.ts';
import { cal } from './cal-week-calendar.ts';
import { s1 } from './s1-check-in-burst.ts';
import { s2 } from './s2-note-sign.ts';
import { s3 } from './s3-month-end-837i.ts';
import { s4 } from './s4-compliance.ts';
import { s8 } from './s8-login-storm.ts';

// S5–S7 come as their modules land.
const SCENARIOS: readonly Scenario[] = [s1, s2, s3, s4, s8, cal];

const args = process.argv.slice(2);
// Through the root script (`npm run bench -- --smoke` → `npm run bench -w server`), npm swallows
// the flag into its own config and hands it on as npm_config_smoke.
const smoke = args.includes('--smoke') || process.env.npm_config_smoke === 'true';
const wanted = args.filter((a) => !a.startsWith('--')).map((a) => a.toUpperCase());
const unknown = wanted.filter((id) => !SCENARIOS.some((s) => s.id === id));
if (unknown.length > 0) {
  process.stderr.write(`Unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.id).join(', ')}\n`);
  process.exit(2);
}
const selected = wanted.length > 0 ? SCENARIOS.filter((s) => wanted.includes(s.id)) : SCENARIOS;

let passed = 0;
let failed = 0;
for (const scenario of selected) {
  process.stderr.write(`${scenario.id} ${scenario.title}${smoke ? ' (smoke)' : ''}\n`);
  let result: ScenarioResult;
  try {
    result = await scenario.run({ smoke });
  } catch (err) {
    note(`${scenario.id} crashed: ${(err as Error).stack ?? String(err)}`);
    result = {
      scenario: scenario.id,
      baseline: null,
      app: null,
      ratio: null,
      p50: null,
      p95: null,
      p99: null,
      checks: { error: (err as Error).message ?? String(err) },
      pass: false,
    };
  }
  printResult(result);
  if (result.pass) passed += 1;
  else failed += 1;
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
// Leftover handles (a database pool's idle timer, a keep-alive socket) must not keep the run alive.
process.exitCode = failed > 0 ? 1 : 0;
setTimeout(() => process.exit(process.exitCode), 100).unref();
