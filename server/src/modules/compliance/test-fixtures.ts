// Rows the compliance tests put straight into other modules' tables (notes, assessments,
// authorizations): these tests are about reading them, not about the modules that write them.
// Test code only.
import { eq } from 'drizzle-orm';
import { newId } from '../../kernel/ids.ts';
import type { TestApp } from '../../testing/index.ts';
import { attendance } from '../attendance/index.ts';
import { notes } from '../notes/index.ts';
import { assessments } from '../outcomes/index.ts';
import { authorizationUses, authorizations, coverages } from '../patients/index.ts';
import { insertPayer } from '../patients/test-fixtures.ts';

/**
 * A group note for the session, signed or left as a draft. Signing confirms the session's attendance
 * in the same transaction (notes/README.md), and so does a signed note here.
 */
export async function insertGroupNote(t: TestApp, sessionId: string, status: 'draft' | 'signed', signerId: string) {
  const at = t.clock.now();
  if (status === 'signed')
    await t.db.update(attendance).set({ confirmedAt: at }).where(eq(attendance.sessionId, sessionId));
  await t.db.insert(notes).values({
    id: newId(),
    kind: 'group',
    sessionId,
    status,
    content: { narrative: 'Synthetic group narrative.' },
    dueAt: at,
    signature:
      status === 'signed' ? { staffId: signerId, name: 'Test Lead', credentials: null, at: at.toISOString() } : null,
    createdAt: at,
    updatedAt: at,
  });
}

/** An administration of an instrument (its answers and score do not matter here). */
export async function insertAssessment(t: TestApp, patientId: string, instrument: string, administeredAt: string) {
  await t.db.insert(assessments).values({
    id: newId(),
    patientId,
    instrument,
    answers: [1, 1, 1, 1, 1, 1, 1, 1, 0],
    total: 8,
    severity: 'mild',
    administeredAt: new Date(administeredAt),
    createdAt: new Date(administeredAt),
  });
}

/** One payer per test app, created on first use. */
const payers = new WeakMap<TestApp, string>();

/** An authorization on a coverage of its own, with units already used on the given dates. */
export async function insertAuthorization(
  t: TestApp,
  patientId: string,
  auth: { number: string; levelOfCare: string; startDate: string; endDate: string; units: number; unitType: string },
  uses: { serviceDate: string; units: string }[] = [],
  createdAt = t.clock.now(),
) {
  const payerId = payers.get(t) ?? (await insertPayer(t.db));
  payers.set(t, payerId);
  const coverageId = newId();
  await t.db.insert(coverages).values({
    id: coverageId,
    patientId,
    payerId,
    memberId: 'M-TEST',
    priority: 1,
    relationship: 'self',
    createdAt,
  });
  const id = newId();
  await t.db.insert(authorizations).values({ id, patientId, coverageId, ...auth, createdAt });
  if (uses.length > 0) {
    await t.db
      .insert(authorizationUses)
      .values(uses.map((u) => ({ id: newId(), authorizationId: id, ...u, source: `test:${newId()}`, createdAt })));
  }
  return id;
}
