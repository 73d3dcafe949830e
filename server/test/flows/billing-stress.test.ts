// The vendors' stress case for billing, on the real app: one group psychotherapy session of eight
// members on two payers (Medicare institutional, commercial professional), one on video, one
// no-show, led with a co-facilitator and a supervisor. A signed note gives exactly one claim per
// attending member, the right codes on each, two valid X12 files, and the supervisor never renders;
// re-running adds nothing, and an unsigned note holds every attending member (BILLING-RULES §1–§3, §5).
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/kernel/ids.ts';
import { claimLines, claims } from '../../src/modules/billing/index.ts';
import { checkX12, parse, valueAt } from '../../src/modules/billing/x12/index.ts';
import { referenceMap } from '../../src/modules/billing/x12/test-fixtures.ts';
import { organization, staff } from '../../src/modules/organization/index.ts';
import { authorizations, coverages, patients } from '../../src/modules/patients/index.ts';
import { episodeDiagnoses, episodes, staffPrograms } from '../../src/modules/programs/index.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from '../../src/modules/scheduling/test-fixtures.ts';
import {
  cookieOf,
  createTestApp,
  onPostgres,
  ORIGIN,
  TEST_PASSWORD,
  type Session,
  type TestApp,
} from '../../src/testing/index.ts';

let t: TestApp;
let clinic: Clinic;
let lead: Session;
let co: Session;
let supervisor: Session;
const sessionIds: Record<string, string> = {};
const members: string[] = [];
let medicareId: string;
let commercialId: string;

const ADDRESS = { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' };
const FAMILIES = ['Abbott', 'Brandt', 'Castillo', 'Dubois', 'Eriksen', 'Fujita', 'Gallo', 'Haddad'];
// Members 0–3 on Medicare (837I), 4–7 on the commercial payer (837P); 5 joins by video, 7 does not come.
const ON_MEDICARE = 4;
const VIDEO = 5;
const NO_SHOW = 7;

/** One individualized entry per attending member: each in its own words, naming no one. */
const ENTRIES = [
  [
    'Described a panic attack on the train',
    'Rated the paced breathing as helpful, anxiety 7 to 4',
    'Ride two stops with the card',
  ],
  ['Spoke about conflict with a landlord', 'Drafted a calm reply letter with the group', 'Send the letter by Thursday'],
  ['Reported three nights of poor sleep', 'Agreed on a wind-down hour without screens', 'Keep a sleep diary all week'],
  [
    'Shared a craving after a family dinner',
    'Listed four exits from the kitchen scene',
    'Call the sponsor before Sunday dinner',
  ],
  ['Quiet until the values exercise', 'Chose honesty and gardening as anchors', 'Plant the balcony boxes on Saturday'],
  ['Joined from home with the camera on', 'Named payday as the strongest trigger', 'Bring a budget sheet on Wednesday'],
  [
    'Challenged a thought about failing at work',
    'Wrote a balanced thought on the record',
    'Repeat the record after each shift',
  ],
];

async function clinician(role: string, name: { given: string; family: string }, npi: string): Promise<Session> {
  const session = await t.login(role, name);
  await t.db.insert(staff).values({ id: session.userId, credentials: 'LCSW', npi });
  await t.db.insert(staffPrograms).values({ staffId: session.userId, programId: clinic.programId });
  return session;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-02-20T15:00:00Z');
  clinic = await setUpClinic(t);
  // NPIs pass the Luhn check with the 80840 prefix (iop-php-domain.md §6.1).
  lead = await clinician('therapist', { given: 'Lena', family: 'Lead' }, '1245319599');
  co = await clinician('therapist', { given: 'Cole', family: 'Co' }, '1528060911');
  supervisor = await clinician('psychiatrist', { given: 'Sofia', family: 'Super' }, '1999999992');
  await t.db.update(staff).set({ npi: '1234567893' }).where(eq(staff.id, clinic.facilitatorIds[0]!));
  await t.db.insert(organization).values({
    name: 'Hope Behavioral Health',
    npi: '1558598797',
    taxId: '123456789',
    taxonomy: '261QM0801X',
    facilityType: 'hospital_outpatient',
    // 837 2010AA N403: the billing provider's ZIP code has all nine digits.
    address: { ...ADDRESS, postalCode: '627011234' },
    phone: '2175550100',
    updatedAt: t.clock.now(),
  });
  const biller = await t.login('biller', { given: 'Bea', family: 'Biller' });
  const payer = async (name: string, payerId: string, template: string) => {
    const res = await t.call(biller, { method: 'POST', url: '/api/payers', payload: { name, payerId, template } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  medicareId = await payer('Medicare Part A', '12345', 'medicare_institutional');
  commercialId = await payer('Blue PPO', 'BCBS1', 'commercial_professional');

  const group = await t.call(clinic.director, {
    method: 'POST',
    url: '/api/groups',
    payload: groupBody(clinic, {
      kind: 'group_psychotherapy',
      facilitators: [
        { staffId: lead.userId, role: 'lead' },
        { staffId: co.userId, role: 'co' },
        { staffId: supervisor.userId, role: 'supervisor' },
      ],
    }),
  });
  expect(group.statusCode, group.body).toBe(201);
  for (const [i, family] of FAMILIES.entries()) {
    const patientId = await admitPatient(t, clinic, { given: 'Pat', family });
    members.push(patientId);
    const enrolled = await t.call(clinic.frontDesk, {
      method: 'POST',
      url: `/api/groups/${group.json().id}/enrollments`,
      payload: { patientId, startDate: '2026-03-02' },
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const coverageId = newId();
    const commercial = i >= ON_MEDICARE;
    await t.db.insert(coverages).values({
      id: coverageId,
      patientId,
      payerId: commercial ? commercialId : medicareId,
      memberId: `M${i}00001`,
      priority: 1,
      relationship: 'self',
      createdAt: t.clock.now(),
    });
    if (commercial) {
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
  await t.db.update(patients).set({ address: ADDRESS }).where(inArray(patients.id, members));
  const list = await t.call(clinic.director, {
    method: 'GET',
    url: `/api/groups/${group.json().id}/sessions?from=2026-03-02&to=2026-03-06`,
  });
  for (const s of list.json().items) sessionIds[s.startsAt.slice(0, 10)] = s.id;
});
afterAll(() => t.close());

/** Attendance and the note of one day; `shift` rotates the entries, since a member's entry may not copy their earlier notes. */
async function session(date: string, sign: boolean, shift = 0): Promise<string> {
  const id = sessionIds[date]!;
  t.clock.set(`${date}T14:05:00Z`);
  const as = await fresh(lead);
  const records = members.map((patientId, i) => ({
    patientId,
    status: i === NO_SHOW ? 'absent_unexcused' : 'present',
    modality: i === VIDEO ? 'telehealth_video' : 'in_person',
  }));
  const put = await t.call(as, { method: 'PUT', url: `/api/sessions/${id}/attendance`, payload: { records } });
  expect(put.statusCode, put.body).toBe(200);
  const entries = members
    .filter((_, i) => i !== NO_SHOW)
    .map((patientId, i) => {
      const [participation, response, plan] = ENTRIES[(i + shift) % ENTRIES.length]!;
      return { patientId, goalsAddressed: ['Coping skills'], participation, response, plan };
    });
  const note = await t.call(as, {
    method: 'PUT',
    url: `/api/sessions/${id}/note`,
    payload: {
      topic: 'Coping with triggers',
      interventions: 'CBT thought record, paced breathing',
      materials: 'Breathing card',
      narrative: 'The group reviewed homework, practised paced breathing and built one plan each for the week.',
      entries,
    },
  });
  expect(note.statusCode, note.body).toBe(200);
  if (sign) {
    const signed = await t.call(as, { method: 'POST', url: `/api/sessions/${id}/note/sign` });
    expect(signed.statusCode, signed.body).toBe(200);
  }
  return id;
}

/**
 * The same user logged in again now (login sessions expire after 15 idle minutes). The biller, who
 * must use MFA, logs in afresh through the test app instead.
 */
async function fresh(who: Session): Promise<Session> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: ORIGIN },
    payload: { email: who.email, password: TEST_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  return { ...who, headers: { cookie: cookieOf(res), origin: ORIGIN } };
}

const run = async (from: string, to = from) => {
  const res = await t.call(await t.login('biller'), {
    method: 'POST',
    url: '/api/billing/runs',
    payload: { from, to },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

describe('billing stress case: one group, eight members, two payers', () => {
  it('bills each attending member on their own payer, once, with the lead rendering', async () => {
    const monday = await session('2026-03-02', true);
    const body = await run('2026-03-02');
    expect(body.held).toEqual([]);
    const made = body.claims as {
      id: string;
      patientId: string;
      payerId: string;
      format: string;
      issues: { severity: string }[];
      lines: {
        procedureCode: string;
        revenueCode?: string;
        modifiers: string[];
        placeOfService?: string;
        renderingStaffId?: string;
        supervisingStaffId?: string;
        sessionIds: string[];
      }[];
    }[];
    // One claim per attending member; the no-show produces neither a claim nor a hold.
    expect(made.map((c) => c.patientId).sort()).toEqual(members.filter((_, i) => i !== NO_SHOW).sort());
    for (const claim of made) {
      const i = members.indexOf(claim.patientId);
      expect(claim.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(claim.lines).toHaveLength(1);
      const [line] = claim.lines;
      expect(line!.sessionIds).toEqual([monday]);
      if (i < ON_MEDICARE) {
        // BILLING-RULES §2: revenue code 0915 with G0410; 837I lines carry no POS or modifiers.
        expect(claim).toMatchObject({ format: '837I', payerId: medicareId });
        expect(line).toMatchObject({ revenueCode: '0915', procedureCode: 'G0410', modifiers: [] });
      } else {
        // BILLING-RULES §3: 90853, the site's POS in person, POS 10 and modifier 95 by video.
        expect(claim).toMatchObject({ format: '837P', payerId: commercialId });
        expect(line).toMatchObject({
          procedureCode: '90853',
          placeOfService: i === VIDEO ? '10' : '22',
          modifiers: i === VIDEO ? ['95'] : [],
          renderingStaffId: lead.userId,
        });
      }
      // The supervisor never renders (BILLING-RULES §3).
      expect(line!.renderingStaffId).not.toBe(supervisor.userId);
      expect(line!.renderingStaffId === undefined || line!.renderingStaffId === lead.userId).toBe(true);
    }
  });

  it('re-running the period adds nothing', async () => {
    const before = (await t.db.select().from(claimLines)).length;
    const again = await run('2026-03-01', '2026-03-31');
    expect(again.claims).toEqual([]);
    expect((await t.db.select().from(claimLines)).length).toBe(before);
    expect((await t.db.select().from(claims)).length).toBe(7);
  });

  it('makes two X12 files, one per format, each valid against its implementation map', async () => {
    const rows = await t.db.select().from(claims);
    for (const format of ['837I', '837P'] as const) {
      const claimIds = rows.filter((r) => r.format === format).map((r) => r.id);
      expect(claimIds).toHaveLength(format === '837I' ? 4 : 3);
      const who = await t.login('biller');
      const batch = await t.call(who, { method: 'POST', url: '/api/claim-batches', payload: { claimIds } });
      expect(batch.statusCode, batch.body).toBe(201);
      const file = await t.call(who, { method: 'GET', url: `/api/claim-batches/${batch.json().id}/x12` });
      expect(file.statusCode).toBe(200);
      const segments = parse(file.body).segments;
      expect(checkX12(referenceMap(format), segments)).toEqual([]);
      expect(segments.filter((s) => s.id === 'CLM')).toHaveLength(claimIds.length);
      // 837P 2310B/2420A NM1*82 (rendering) names the lead by NPI, never the supervisor (NM1*DQ at most).
      const rendering = segments.filter((s) => s.id === 'NM1' && valueAt(s, 1) === '82');
      if (format === '837P') expect(rendering.length).toBeGreaterThan(0);
      for (const nm1 of rendering) expect(valueAt(nm1, 9)).toBe('1245319599');
    }
  });

  it('holds every attending member while the note is unsigned', async () => {
    await session('2026-03-03', false);
    const body = await run('2026-03-03');
    expect(body.claims).toEqual([]);
    expect(body.held.map((h: { patientId: string }) => h.patientId).sort()).toEqual(
      members.filter((_, i) => i !== NO_SHOW).sort(),
    );
    expect(new Set(body.held.map((h: { reason: string }) => h.reason))).toEqual(new Set(['note_unsigned']));
  });
});

describe.runIf(onPostgres())('parallel billing runs (PostgreSQL only: needs real concurrency)', () => {
  it('bill each service once', async () => {
    await session('2026-03-04', true, 1);
    const before = (await t.db.select().from(claimLines)).length;
    const who = await t.login('biller');
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.call(who, { method: 'POST', url: '/api/billing/runs', payload: { from: '2026-03-04', to: '2026-03-04' } }),
      ),
    );
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(201);
    const runs = answers.map((answer) => answer.json());
    const made = runs.flatMap((r) => r.claims);
    expect(made).toHaveLength(7);
    expect((await t.db.select().from(claimLines)).length).toBe(before + 7);
  });
});
