// A billable clinic for the billing route and flow tests: the notes fixture's group (lead,
// co-facilitator, supervisor; four members, one on video, one absent) made a group psychotherapy
// session, with the organization's billing identity, NPIs, a Medicare and a commercial payer,
// coverages, diagnoses and an authorization. Test code only.
import { eq, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { newId } from '../../kernel/ids.ts';
import type { Session, TestApp } from '../../testing/index.ts';
import { distinctEntries, recordAttendance, setUpGroupSession, type GroupSession } from '../notes/test-fixtures.ts';
import { organization, staff } from '../organization/index.ts';
import { authorizations, coverages, patients } from '../patients/index.ts';
import { episodeDiagnoses, episodes } from '../programs/index.ts';
import { sessions } from '../scheduling/index.ts';

// NPIs pass the Luhn check with the 80840 prefix (iop-php-domain.md §6.1).
export const NPI = {
  organization: '1558598797',
  lead: '1245319599',
  supervisor: '1999999992',
  attending: '1234567893',
};

export interface BillingClinic extends GroupSession {
  biller: Session;
  medicareId: string;
  commercialId: string;
  /** Members 0 and 1 on Medicare (837I), 2 (video) and 3 (absent) on the commercial payer (837P). */
  payerOf: string[];
}

const ADDRESS = { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' };

export async function setUpBillingClinic(t: TestApp): Promise<BillingClinic> {
  const g = await setUpGroupSession(t);
  await t.db.update(sessions).set({ kind: 'group_psychotherapy' }).where(eq(sessions.groupId, g.groupId));
  await t.db.insert(organization).values({
    name: 'Hope Behavioral Health',
    npi: NPI.organization,
    taxId: '123456789',
    taxonomy: '261QM0801X',
    facilityType: 'hospital_outpatient',
    // 837 2010AA N403: the billing provider's ZIP code has all nine digits.
    address: { ...ADDRESS, postalCode: '627011234' },
    phone: '555-555-1234',
    updatedAt: t.clock.now(),
  });
  await t.db.update(staff).set({ npi: NPI.lead }).where(eq(staff.id, g.lead.userId));
  await t.db.update(staff).set({ npi: NPI.supervisor }).where(eq(staff.id, g.supervisor.userId));
  await t.db.update(staff).set({ npi: NPI.attending }).where(eq(staff.id, g.clinic.facilitatorIds[0]!));
  await t.db.update(patients).set({ address: ADDRESS }).where(inArray(patients.id, g.members));
  const biller = await t.login('biller', { given: 'Bill', family: 'Er' });
  const payer = async (name: string, payerId: string, template: string) => {
    const res = await t.call(biller, { method: 'POST', url: '/api/payers', payload: { name, payerId, template } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const medicareId = await payer('Medicare Part A', '12345', 'medicare_institutional');
  const commercialId = await payer('Blue PPO', 'BCBS1', 'commercial_professional');
  const payerOf = [medicareId, medicareId, commercialId, commercialId];
  for (const [i, patientId] of g.members.entries()) {
    const coverageId = newId();
    await t.db.insert(coverages).values({
      id: coverageId,
      patientId,
      payerId: payerOf[i]!,
      memberId: `M${i}00001`,
      priority: 1,
      relationship: 'self',
      createdAt: t.clock.now(),
    });
    if (payerOf[i] === commercialId) {
      await t.db.insert(authorizations).values({
        id: newId(),
        patientId,
        coverageId,
        number: `AUTH${i}`,
        levelOfCare: 'IOP',
        startDate: '2026-03-01',
        endDate: '2026-03-31',
        units: 12,
        unitType: 'sessions',
        createdAt: t.clock.now(),
      });
    }
    const [episode] = await t.db.select().from(episodes).where(eq(episodes.patientId, patientId));
    await t.db.insert(episodeDiagnoses).values({ episodeId: episode!.id, code: 'F33.1', principal: true, position: 1 });
  }
  return { ...g, biller, medicareId, commercialId, payerOf };
}

const NARRATIVE = {
  topic: 'Coping with triggers',
  interventions: 'CBT thought record, paced breathing, role-play',
  materials: 'Breathing card',
  narrative: 'The group reviewed last week’s homework, then practised paced breathing and a boundary role-play.',
};

/** Attendance (three attend, one on video; one absent) and, unless `sign` is false, the lead's signed note. */
export async function holdSession(t: TestApp, c: BillingClinic, sessionId: string, sign = true): Promise<void> {
  await recordAttendance(t, c, sessionId);
  const put = await t.call(c.lead, {
    method: 'PUT',
    url: `/api/sessions/${sessionId}/note`,
    payload: { ...NARRATIVE, entries: distinctEntries(c) },
  });
  expect(put.statusCode, put.body).toBe(200);
  if (!sign) return;
  const signed = await t.call(c.lead, { method: 'POST', url: `/api/sessions/${sessionId}/note/sign` });
  expect(signed.statusCode, signed.body).toBe(200);
}
