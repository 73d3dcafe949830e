// Size check (not a benchmark): a month of a busy program in one batch builds and passes the map
// checker within a few seconds, so the batch endpoint can answer in one request.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../claim-model.ts';
import { referenceMap } from '../x12/test-fixtures.ts';
import { build837I } from './build-837i.ts';
import { build837P } from './build-837p.ts';
import {
  commercialTelehealthClaim,
  envelope,
  line,
  mapIssues,
  medicareIopClaim,
  patient,
  withLines,
} from './test-fixtures.ts';

const CLAIMS = 300;
const LINES = 80;
const BUDGET_MS = 5000;

const dayOf = (i: number) => `2024-01-${String((i % 28) + 1).padStart(2, '0')}`;

function batch(claim: (overrides: Partial<Claim>) => Claim, placeOfService: string | null): Claim[] {
  return Array.from({ length: CLAIMS }, (_, c) =>
    withLines(
      claim({
        claimId: `SIZE${c}`,
        patient: patient({ patientId: `patient-${c}`, name: { given: 'PAT', family: `P${c}` } }),
        statementFrom: '2024-01-01',
        statementTo: '2024-01-28',
      }),
      Array.from({ length: LINES }, (_, l) => line({ serviceDate: dayOf(l), chargeCents: 10_000 + l, placeOfService })),
    ),
  );
}

describe(`${CLAIMS} claims × ${LINES} lines`, () => {
  it.each([
    ['837I', () => build837I(batch(medicareIopClaim, null), envelope({ lineEnding: undefined }))],
    ['837P', () => build837P(batch(commercialTelehealthClaim, '10'), envelope({ lineEnding: undefined }))],
  ] as const)('%s builds and checks clean within the budget', (format, build) => {
    referenceMap(format); // the map is read once per process, not per file: keep that out of the timing
    const started = performance.now();
    const text = build();
    const builtAt = performance.now();
    const issues = mapIssues(text, format);
    const checkedAt = performance.now();
    console.info(
      `${format}: ${CLAIMS * LINES} lines, ${text.length} bytes; build ${Math.round(builtAt - started)} ms, check ${Math.round(checkedAt - builtAt)} ms`,
    );
    expect(issues).toEqual([]);
    expect(text.match(/~LX\*/g)).toHaveLength(CLAIMS * LINES);
    expect(checkedAt - started).toBeLessThan(BUDGET_MS);
  });
});
