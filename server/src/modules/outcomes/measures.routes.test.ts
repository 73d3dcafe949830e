import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { staff } from '../organization/index.ts';
import { episodes, staffPrograms } from '../programs/index.ts';
import { admitPatient, setUpClinic, type Clinic } from '../scheduling/test-fixtures.ts';

let t: TestApp;
let clinic: Clinic;
let therapist: Session;
let stranger: Session;

// Tuesday 10 March 2026, 11:00 in New York (UTC−4 since the 8th). The clock stays put: the episodes
// are admitted on the days each test needs.
const TODAY = '2026-03-10';

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-10T15:00:00Z');
  clinic = await setUpClinic(t, 'America/New_York');
  therapist = await t.login('therapist', { given: 'Tess', family: 'Therapist' });
  await t.db.insert(staff).values({ id: therapist.userId });
  await t.db.insert(staffPrograms).values({ staffId: therapist.userId, programId: clinic.programId });
  stranger = await t.login('therapist', { given: 'Sid', family: 'Stranger' });
});
afterAll(() => t.close());

async function admit(family: string, admitDate: string, dischargeDate: string | null = null) {
  const patientId = await admitPatient(t, clinic, { given: 'Pat', family });
  await t.db.update(episodes).set({ admitDate, dischargeDate }).where(eq(episodes.patientId, patientId));
  return patientId;
}
const dueOf = (who: Session, patientId: string) =>
  t.call(who, { method: 'GET', url: `/api/patients/${patientId}/measures-due` });
async function record(patientId: string, instrument: string, administeredAt: string) {
  const answers = instrument === 'PHQ-9' ? [1, 1, 1, 1, 0, 0, 0, 0, 0] : [1, 1, 0, 0, 0, 0, 0];
  const res = await t.call(therapist, {
    method: 'POST',
    url: `/api/patients/${patientId}/assessments`,
    payload: { instrument, answers, administeredAt },
  });
  expect(res.statusCode, res.body).toBe(201);
}

describe('GET /api/patients/{id}/measures-due', () => {
  it('asks for the PHQ-9 and GAD-7 baseline on the admission day', async () => {
    const patientId = await admit('Baseline', TODAY);
    const res = await dueOf(therapist, patientId);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      items: [
        { instrument: 'PHQ-9', dueOn: TODAY, overdue: false },
        { instrument: 'GAD-7', dueOn: TODAY, overdue: false },
      ],
    });
  });

  it('asks again a week after the baseline, and marks a missed week overdue', async () => {
    const patientId = await admit('Weekly', '2026-03-03');
    await record(patientId, 'PHQ-9', '2026-03-03T14:00:00Z');
    expect((await dueOf(therapist, patientId)).json().items).toEqual([
      { instrument: 'PHQ-9', dueOn: TODAY, overdue: false },
      { instrument: 'GAD-7', dueOn: '2026-03-03', overdue: true },
    ]);
    await record(patientId, 'PHQ-9', '2026-03-10T14:00:00Z');
    expect((await dueOf(therapist, patientId)).json().items).toEqual([
      { instrument: 'GAD-7', dueOn: '2026-03-03', overdue: true },
    ]);
  });

  it('counts days in the clinic’s zone: 03:00 UTC is still the evening before in New York', async () => {
    const patientId = await admit('Zone', '2026-03-03');
    // 23:00 on the 9th in New York answers the first week, not the second.
    await record(patientId, 'PHQ-9', '2026-03-10T03:00:00Z');
    await record(patientId, 'GAD-7', '2026-03-10T14:00:00Z');
    expect((await dueOf(therapist, patientId)).json().items).toEqual([
      { instrument: 'PHQ-9', dueOn: TODAY, overdue: false },
    ]);
  });

  it('asks for the discharge measures, overdue the day after the discharge', async () => {
    const patientId = await admit('Discharged', '2026-03-02', '2026-03-09');
    await record(patientId, 'PHQ-9', '2026-03-02T14:00:00Z');
    await record(patientId, 'GAD-7', '2026-03-02T14:00:00Z');
    expect((await dueOf(therapist, patientId)).json().items).toEqual([
      { instrument: 'PHQ-9', dueOn: '2026-03-09', overdue: true },
      { instrument: 'GAD-7', dueOn: '2026-03-09', overdue: true },
    ]);
  });

  it('hides the patient from a clinician outside the program and from roles without outcomes:read', async () => {
    const patientId = await admit('Hidden', TODAY);
    const res = await dueOf(stranger, patientId);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('patients.not_found');
    expect((await dueOf(clinic.frontDesk, patientId)).statusCode).toBe(403);
  });

  it('is audited as a read of the patient', async () => {
    const patientId = await admit('Audited', TODAY);
    const res = await dueOf(therapist, patientId);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.requestId, String(res.headers['x-request-id'])), eq(auditEvents.patientId, patientId)));
    expect(events.map((e) => [e.action, e.category, e.actorId])).toEqual([['read', 'measures_due', therapist.userId]]);
  });
});
