// AU-1: every route that reads or writes patient data leaves an audit event in the same request.
// The table below must name every such route, so a new route without an entry fails this test.
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sealPendingEvents, verifyChain } from '../src/kernel/audit/index.ts';
import { systemContext } from '../src/kernel/http/index.ts';
import { createTestApp, type Session, type TestApp } from '../src/testing/index.ts';
import { newId } from '../src/kernel/ids.ts';
import { organization, staff } from '../src/modules/organization/index.ts';
import { authorizations, coverages } from '../src/modules/patients/index.ts';
import { staffPrograms } from '../src/modules/programs/index.ts';
import { sessionFacilitators } from '../src/modules/scheduling/index.ts';

let t: TestApp;
let admin: Session;
/** Co-signs the administrator's notes: the supervising facilitator and the admin's supervisor. */
let supervisor: Session;
const ids: Record<string, string> = {};
let selfReportUrl = '';

async function post(url: string, payload: unknown): Promise<string> {
  const res = await t.call(admin, { method: 'POST', url, payload: payload as object });
  if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  ids.site = await post('/api/sites', {
    name: 'Main',
    timeZone: 'America/Chicago',
    address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' },
    placeOfService: '53',
  });
  ids.staff = await post('/api/staff', {
    name: { given: 'Sam', family: 'Okafor' },
    email: 'sam.okafor@example.test',
    roles: ['psychiatrist'],
    credentials: 'MD',
  });
  ids.program = await post('/api/programs', {
    name: 'PHP',
    siteId: ids.site,
    levelOfCare: 'PHP',
    population: 'mental_health',
    minHoursPerWeek: 20,
  });
  ids.otherProgram = await post('/api/programs', {
    name: 'IOP',
    siteId: ids.site,
    levelOfCare: 'IOP',
    population: 'mental_health',
    minHoursPerWeek: 9,
  });
  ids.payer = (
    await t.call(admin, {
      method: 'POST',
      url: '/api/payers',
      payload: { name: 'PPO', payerId: 'P1', template: 'commercial_professional' },
    })
  ).json().id;
  ids.patient = await post('/api/patients', {
    name: { given: 'Ana', family: 'Ruiz' },
    birthDate: '1986-04-12',
    sex: 'F',
  });
  ids.coverage = await post(`/api/patients/${ids.patient}/coverages`, {
    payerId: ids.payer,
    memberId: 'M1',
    priority: 1,
    relationship: 'self',
  });
  ids.episode = await post('/api/episodes', {
    patientId: ids.patient,
    programId: ids.program,
    admitDate: '2026-01-05',
    attendingStaffId: ids.staff,
    diagnoses: [{ code: 'F33.1', principal: true }],
  });
  // Scheduling: a one-seat group that began the week before today (the clock's 5 January 2026),
  // taken by a second patient back-dated to its start (which flags the past sessions for review),
  // with the first patient on its waitlist.
  ids.room = await post('/api/rooms', { siteId: ids.site, name: 'Group room', capacity: 10 });
  ids.group = await post('/api/groups', {
    programId: ids.program,
    name: 'Process group',
    kind: 'group_psychotherapy',
    capacity: 1,
    roomId: ids.room,
    facilitators: [{ staffId: ids.staff, role: 'lead' }],
    schedule: {
      startDate: '2025-12-29',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      startTime: '08:00',
      durationMinutes: 60,
    },
  });
  ids.member = await post('/api/patients', {
    name: { given: 'Cy', family: 'Diaz' },
    birthDate: '1990-02-03',
    sex: 'M',
  });
  await post('/api/episodes', {
    patientId: ids.member,
    programId: ids.program,
    admitDate: '2025-12-29',
    attendingStaffId: ids.staff,
    diagnoses: [{ code: 'F41.1', principal: true }],
  });
  ids.seat = await post(`/api/groups/${ids.group}/enrollments`, { patientId: ids.member, startDate: '2025-12-29' });
  ids.waiting = await post(`/api/groups/${ids.group}/enrollments`, { patientId: ids.patient, startDate: '2026-01-12' });
  ids.review = (
    await t.call(admin, { method: 'GET', url: `/api/roster-reviews?groupId=${ids.group}` })
  ).json().items[0].id;
  ids.task = (
    await t.db.transaction((tx) =>
      t.modules.care.createTask(tx, systemContext('test'), {
        kind: 'follow_up',
        title: 'Call Ana',
        programId: ids.program!,
        patientId: ids.patient!,
        assigneeRole: 'front_desk',
        details: {},
      }),
    )
  ).id;
  // An individual appointment of the first patient, and a calendar feed of its clinician.
  ids.appointment = await post('/api/sessions', {
    kind: 'individual_therapy',
    patientId: ids.patient,
    staffId: ids.staff,
    startsAt: '2026-01-07T12:00:00-06:00',
    durationMinutes: 50,
    roomId: ids.room,
    modality: 'in_person',
  });
  const feed = await t.call(admin, {
    method: 'POST',
    url: '/api/calendar-feeds',
    payload: { ownerKind: 'staff', ownerId: ids.staff },
  });
  ids.feedUrl = feed.json().url;
  // Today's occurrence of the group (08:00 Chicago, the clock's own time): attendance is open.
  ids.groupSession = (
    await t.call(admin, { method: 'GET', url: `/api/groups/${ids.group}/sessions?from=2026-01-05&to=2026-01-05` })
  ).json().items[0].id;
  // The administrator leads today's session (so it may write and sign its note), supervised by a psychiatrist.
  supervisor = await t.login('psychiatrist', { given: 'Sue', family: 'Pervisor' });
  await t.db.insert(staff).values({ id: supervisor.userId, credentials: 'MD' });
  await t.db.insert(staffPrograms).values({ staffId: supervisor.userId, programId: ids.program! });
  await t.db.insert(staff).values({ id: admin.userId, credentials: 'LCSW', supervisorId: supervisor.userId });
  await t.db.insert(sessionFacilitators).values([
    { sessionId: ids.groupSession!, staffId: admin.userId, role: 'lead' },
    { sessionId: ids.groupSession!, staffId: supervisor.userId, role: 'supervisor' },
  ]);
  // Billing: the organization's billing identity, NPIs (Luhn-valid, iop-php-domain §6.1), and the
  // member's coverage and authorization, so the billing run bills today's signed group session.
  await t.db.insert(organization).values({
    name: 'Hope Behavioral Health',
    npi: '1558598797',
    taxId: '123456789',
    taxonomy: '261QM0801X',
    facilityType: 'hospital_outpatient',
    address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '627011234' },
    phone: '2175550100',
    updatedAt: t.clock.now(),
  });
  await t.db.update(staff).set({ npi: '1245319599' }).where(eq(staff.id, admin.userId));
  await t.db.update(staff).set({ npi: '1234567893' }).where(eq(staff.id, ids.staff));
  const coverageId = newId();
  await t.db.insert(coverages).values({
    id: coverageId,
    patientId: ids.member!,
    payerId: ids.payer!,
    memberId: 'M9',
    priority: 1,
    relationship: 'self',
    createdAt: t.clock.now(),
  });
  await t.db.insert(authorizations).values({
    id: newId(),
    patientId: ids.member!,
    coverageId,
    number: 'A9',
    levelOfCare: 'PHP',
    startDate: '2026-01-01',
    endDate: '2026-01-31',
    units: 10,
    unitType: 'sessions',
    createdAt: t.clock.now(),
  });
});
afterAll(() => t.close());

type Req = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: () => string;
  payload?: () => object;
  /** A `text/plain` body (an X12 file). */
  text?: () => string;
  search?: boolean;
  /** A public route (the token in the URL is the credential): its events have no actor. */
  anonymous?: boolean;
  /** Someone other than the administrator (a co-signature must be another's). */
  as?: () => Session;
  /** Keeps something from the answer (an id, a token's address) for later routes. */
  keep?: (body: { id: string; url?: string }) => void;
  /** Brings the records into the state the route needs (a claim sent before it is voided). */
  before?: () => Promise<void>;
};

const individualTherapy = {
  focus: 'Avoidance of crowded places.',
  interventions: 'Graded exposure hierarchy.',
  response: 'Ranked eight situations; agreed to start with the pharmacy.',
  risk: 'Denies suicidal ideation.',
  plan: 'Two pharmacy visits before the next session.',
};

const PATIENT_ROUTES: Record<string, Req> = {
  'POST /api/patients': {
    method: 'POST',
    url: () => '/api/patients',
    payload: () => ({ name: { given: 'Ben', family: 'Cole' }, birthDate: '1979-09-30', sex: 'M' }),
  },
  'GET /api/patients': { method: 'GET', url: () => '/api/patients?query=ruiz', search: true },
  'GET /api/patients/duplicates': {
    method: 'GET',
    url: () => '/api/patients/duplicates?given=Ana&family=Ruiz&birthDate=1986-04-12',
    search: true,
  },
  'GET /api/patients/:id': { method: 'GET', url: () => `/api/patients/${ids.patient}` },
  'PATCH /api/patients/:id': {
    method: 'PATCH',
    url: () => `/api/patients/${ids.patient}`,
    payload: () => ({ phone: '217-555-0101' }),
  },
  'POST /api/patients/:id/coverages': {
    method: 'POST',
    url: () => `/api/patients/${ids.patient}/coverages`,
    payload: () => ({ payerId: ids.payer, memberId: 'M2', priority: 2, relationship: 'self' }),
  },
  'GET /api/patients/:id/coverages': { method: 'GET', url: () => `/api/patients/${ids.patient}/coverages` },
  'POST /api/patients/:id/authorizations': {
    method: 'POST',
    url: () => `/api/patients/${ids.patient}/authorizations`,
    payload: () => ({
      coverageId: ids.coverage,
      number: 'A1',
      levelOfCare: 'PHP',
      startDate: '2026-01-05',
      endDate: '2026-02-05',
      units: 20,
      unitType: 'days',
    }),
  },
  'GET /api/patients/:id/authorizations': { method: 'GET', url: () => `/api/patients/${ids.patient}/authorizations` },
  'GET /api/patients/:id/episodes': { method: 'GET', url: () => `/api/patients/${ids.patient}/episodes` },
  'POST /api/episodes': {
    method: 'POST',
    url: () => '/api/episodes',
    payload: () => ({
      patientId: ids.patient,
      programId: ids.otherProgram,
      admitDate: '2026-01-05',
      attendingStaffId: ids.staff,
      diagnoses: [{ code: 'F41.1', principal: true }],
    }),
  },
  'GET /api/episodes/:id': { method: 'GET', url: () => `/api/episodes/${ids.episode}` },
  'POST /api/episodes/:id/level-of-care': {
    method: 'POST',
    url: () => `/api/episodes/${ids.episode}/level-of-care`,
    payload: () => ({ levelOfCare: 'IOP', effectiveDate: '2026-01-20', reason: 'step-down' }),
  },
  'POST /api/groups/:id/enrollments': {
    method: 'POST',
    url: () => `/api/groups/${ids.group}/enrollments`,
    payload: () => ({ patientId: ids.patient, startDate: '2026-01-05', endDate: '2026-01-09' }),
  },
  'GET /api/groups/:id/enrollments': { method: 'GET', url: () => `/api/groups/${ids.group}/enrollments` },
  'GET /api/groups/:id/roster': {
    method: 'GET',
    url: () => `/api/groups/${ids.group}/roster?from=2025-12-29&to=2026-01-09`,
  },
  'POST /api/programs/:id/bulk-enrollments': {
    method: 'POST',
    url: () => `/api/programs/${ids.program}/bulk-enrollments`,
    payload: () => ({ groupIds: [ids.group], startDate: '2026-01-05' }),
  },
  'POST /api/enrollments/:id/withdraw': {
    method: 'POST',
    url: () => `/api/enrollments/${ids.waiting}/withdraw`,
    payload: () => ({}),
  },
  'POST /api/enrollments/:id/end': {
    method: 'POST',
    url: () => `/api/enrollments/${ids.seat}/end`,
    payload: () => ({ endDate: '2026-01-06' }),
  },
  'GET /api/roster-reviews': { method: 'GET', url: () => `/api/roster-reviews?groupId=${ids.group}` },
  'POST /api/roster-reviews/:id/resolve': { method: 'POST', url: () => `/api/roster-reviews/${ids.review}/resolve` },
  'GET /api/tasks': { method: 'GET', url: () => '/api/tasks' },
  'POST /api/tasks/:id/complete': { method: 'POST', url: () => `/api/tasks/${ids.task}/complete` },
  'POST /api/sessions': {
    method: 'POST',
    url: () => '/api/sessions',
    payload: () => ({
      kind: 'medication_management',
      patientId: ids.patient,
      staffId: ids.staff,
      startsAt: '2026-01-08T12:00:00-06:00',
      durationMinutes: 30,
      modality: 'telehealth_video',
    }),
  },
  'GET /api/sessions': {
    method: 'GET',
    url: () => `/api/sessions?from=2026-01-05&to=2026-01-09&patientId=${ids.patient}`,
    search: true,
  },
  'GET /api/sessions/:id': { method: 'GET', url: () => `/api/sessions/${ids.appointment}` },
  'PATCH /api/sessions/:id': {
    method: 'PATCH',
    url: () => `/api/sessions/${ids.appointment}`,
    payload: () => ({ durationMinutes: 45 }),
  },
  'POST /api/sessions/:id/cancel': {
    method: 'POST',
    url: () => `/api/sessions/${ids.appointment}/cancel`,
    payload: () => ({ reason: 'Patient asked to reschedule' }),
  },
  'POST /api/sessions/:id/check-ins': {
    method: 'POST',
    url: () => `/api/sessions/${ids.groupSession}/check-ins`,
    payload: () => ({ patientId: ids.member }),
  },
  'POST /api/sessions/:id/check-outs': {
    method: 'POST',
    url: () => `/api/sessions/${ids.groupSession}/check-outs`,
    payload: () => ({ patientId: ids.member }),
  },
  'PUT /api/sessions/:id/attendance': {
    method: 'PUT',
    url: () => `/api/sessions/${ids.groupSession}/attendance`,
    payload: () => ({ records: [{ patientId: ids.member, status: 'present', modality: 'in_person' }] }),
  },
  'GET /api/sessions/:id/attendance': { method: 'GET', url: () => `/api/sessions/${ids.groupSession}/attendance` },
  'GET /api/calendar-feeds/:token.ics': { method: 'GET', url: () => ids.feedUrl!, anonymous: true },
  'PUT /api/sessions/:id/note': {
    method: 'PUT',
    url: () => `/api/sessions/${ids.groupSession}/note`,
    payload: () => ({
      narrative: 'The group practised a grounding exercise and shared one small win each.',
      entries: [
        {
          patientId: ids.member,
          goalsAddressed: ['Sleep routine'],
          participation: 'Shared a win about keeping a bedtime.',
          response: 'Used the grounding exercise when the topic turned to work.',
          plan: 'Keep the sleep log.',
        },
      ],
    }),
  },
  'GET /api/sessions/:id/note': { method: 'GET', url: () => `/api/sessions/${ids.groupSession}/note` },
  'POST /api/sessions/:id/note/sign': { method: 'POST', url: () => `/api/sessions/${ids.groupSession}/note/sign` },
  'POST /api/sessions/:id/note/cosign': {
    method: 'POST',
    url: () => `/api/sessions/${ids.groupSession}/note/cosign`,
    as: () => supervisor,
  },
  'POST /api/sessions/:id/note/addenda': {
    method: 'POST',
    url: () => `/api/sessions/${ids.groupSession}/note/addenda`,
    payload: () => ({ text: 'Asked afterwards for a sleep hygiene handout.' }),
  },
  'POST /api/patients/:id/notes': {
    method: 'POST',
    url: () => `/api/patients/${ids.patient}/notes`,
    payload: () => ({ template: 'individual_therapy', sections: { focus: 'Avoidance.' } }),
    keep: (body) => (ids.document = body.id),
  },
  'GET /api/patients/:id/notes': { method: 'GET', url: () => `/api/patients/${ids.member}/notes` },
  'GET /api/notes/unsigned': { method: 'GET', url: () => '/api/notes/unsigned', search: true },
  'GET /api/notes/:id': { method: 'GET', url: () => `/api/notes/${ids.document}` },
  'PUT /api/notes/:id': {
    method: 'PUT',
    url: () => `/api/notes/${ids.document}`,
    payload: () => ({ sections: individualTherapy }),
  },
  'POST /api/notes/:id/sign': { method: 'POST', url: () => `/api/notes/${ids.document}/sign` },
  'POST /api/notes/:id/cosign': {
    method: 'POST',
    url: () => `/api/notes/${ids.document}/cosign`,
    as: () => supervisor,
  },
  'POST /api/notes/:id/addenda': {
    method: 'POST',
    url: () => `/api/notes/${ids.document}/addenda`,
    payload: () => ({ text: 'Pharmacy visit moved to Friday.' }),
  },
  'POST /api/patients/:id/assessments': {
    method: 'POST',
    url: () => `/api/patients/${ids.patient}/assessments`,
    payload: () => ({ instrument: 'PHQ-9', answers: [1, 1, 2, 1, 0, 1, 1, 0, 0] }),
  },
  'GET /api/patients/:id/assessments': { method: 'GET', url: () => `/api/patients/${ids.patient}/assessments` },
  'GET /api/patients/:id/measures-due': { method: 'GET', url: () => `/api/patients/${ids.patient}/measures-due` },
  'POST /api/patients/:id/self-report-tokens': {
    method: 'POST',
    url: () => `/api/patients/${ids.patient}/self-report-tokens`,
    payload: () => ({ kind: 'kiosk', instruments: ['PHQ-9'] }),
    keep: (body) => (selfReportUrl = `/api${body.url}`),
  },
  'GET /api/self-report/:token': { method: 'GET', url: () => selfReportUrl, anonymous: true },
  'POST /api/self-report/:token/responses': {
    method: 'POST',
    url: () => `${selfReportUrl}/responses`,
    payload: () => ({ instrument: 'PHQ-9', answers: [0, 1, 1, 0, 1, 0, 0, 1, 0] }),
    anonymous: true,
  },
  'GET /api/compliance/weekly': {
    method: 'GET',
    url: () => `/api/compliance/weekly?programId=${ids.program}&weekOf=2026-01-05`,
    search: true,
  },
  'GET /api/compliance/weeks': {
    method: 'GET',
    url: () => `/api/compliance/weeks?programId=${ids.program}&from=2026-01-05&to=2026-01-18`,
    search: true,
  },
  'GET /api/outcomes/reports': {
    method: 'GET',
    url: () => `/api/outcomes/reports?programId=${ids.program}`,
    search: true,
  },
  'GET /api/outcomes/reports.csv': {
    method: 'GET',
    url: () => `/api/outcomes/reports.csv?programId=${ids.program}&from=2026-01-01&to=2026-01-31`,
    search: true,
  },
  'GET /api/sessions/:id/claim-preview': {
    method: 'GET',
    url: () => `/api/sessions/${ids.groupSession}/claim-preview`,
  },
  'POST /api/billing/runs': {
    method: 'POST',
    url: () => '/api/billing/runs',
    payload: () => ({ from: '2026-01-05', to: '2026-01-05' }),
  },
  'GET /api/claims': { method: 'GET', url: () => `/api/claims?patientId=${ids.member}`, search: true },
  'GET /api/claims/:id': { method: 'GET', url: () => `/api/claims/${claimId()}` },
  'GET /api/claims/:id/form.pdf': { method: 'GET', url: () => `/api/claims/${claimId()}/form.pdf` },
  'POST /api/claim-batches': {
    method: 'POST',
    url: () => '/api/claim-batches',
    payload: () => ({ claimIds: [claimId()] }),
    keep: (body) => (ids.batch = body.id),
  },
  'GET /api/claim-batches/:id/x12': { method: 'GET', url: () => `/api/claim-batches/${ids.batch}/x12` },
  'POST /api/remittances': {
    method: 'POST',
    url: () => '/api/remittances',
    text: () => remittanceFor(claimId()),
    keep: (body) => (ids.remittance = body.id),
  },
  'GET /api/billing/holds': { method: 'GET', url: () => '/api/billing/holds', search: true },
  'GET /api/billing/claims': { method: 'GET', url: () => '/api/billing/claims?format=837P', search: true },
  'GET /api/claim-batches': { method: 'GET', url: () => '/api/claim-batches', search: true },
  'GET /api/remittances': { method: 'GET', url: () => '/api/remittances', search: true },
  'GET /api/remittances/:id': { method: 'GET', url: () => `/api/remittances/${ids.remittance}` },
  'POST /api/claims/:id/replacement': {
    method: 'POST',
    url: () => `/api/claims/${claimId()}/replacement`,
    keep: (body) => (ids.replacement = body.id),
  },
  'POST /api/claims/:id/void': {
    method: 'POST',
    url: () => `/api/claims/${ids.replacement}/void`,
    // Only a claim the payer has is voided: the replacement goes into a batch first.
    before: async () => {
      const res = await t.call(admin, {
        method: 'POST',
        url: '/api/claim-batches',
        payload: { claimIds: [ids.replacement] },
      });
      expect(res.statusCode, res.body).toBe(201);
    },
  },
  'POST /api/episodes/:id/discharge': {
    method: 'POST',
    url: () => `/api/episodes/${ids.episode}/discharge`,
    payload: () => ({ date: '2026-02-01', disposition: 'completed' }),
  },
};

/** The claim the billing run made (the first billing route). */
async function claimIdOf(): Promise<string> {
  const res = await t.call(admin, { method: 'GET', url: `/api/claims?patientId=${ids.member}` });
  return res.json().items[0].id;
}
const claimId = () => ids.claim!;

/** The reference 835 sample with its first claim payment naming our claim (835 CLP01 = 837 CLM01). */
const remittanceFor = (id: string) =>
  fs
    .readFileSync(new URL('../../../shared/reference/x12-samples/sample-835.x12', import.meta.url), 'utf8')
    .replace('CLP*PCN20240108A*', `CLP*${id}*`);

const touchesPatients = (url: string) =>
  /\/(patients|episodes|enrollments|bulk-enrollments|roster|roster-reviews|tasks|notes)(\/|$)/.test(url) ||
  // Billing: claims, their batches and remittances are patients' bills.
  /^\/api\/(billing|claims|claim-batches|remittances)(\/|$)/.test(url) ||
  // Outcomes and compliance: a self-report form is the patient's own; reports and the weekly dashboard
  // list patients.
  /^\/api\/(self-report|compliance|outcomes)(\/|$)/.test(url) ||
  // Sessions carry rosters and appointments; a calendar feed carries patients' initials.
  /^\/api\/sessions(\/|$)/.test(url) ||
  url.endsWith('.ics');

describe('audit coverage', () => {
  it('lists every patient-data route', () => {
    const routes = t.app.declaredRoutes.filter((r) => touchesPatients(r.url)).map((r) => `${r.method} ${r.url}`);
    expect(routes.sort()).toEqual(Object.keys(PATIENT_ROUTES).sort());
  });

  // Order matters for the episode: enrolling needs it open, so discharge comes last.
  for (const [name, req] of Object.entries(PATIENT_ROUTES)) {
    it(`${name} writes an audit event in the same request`, async () => {
      const actor = req.as?.() ?? admin;
      if (name.includes('/claims/') || name.includes('claim-batches') || name.includes('remittances')) {
        ids.claim ??= await claimIdOf();
      }
      await req.before?.();
      const res = await t.call(req.anonymous ? null : actor, {
        method: req.method,
        url: req.url(),
        ...(req.payload ? { payload: req.payload() } : {}),
        ...(req.text ? { payload: req.text(), headers: { 'content-type': 'text/plain' } } : {}),
      });
      expect(res.statusCode, res.body).toBeLessThan(300);
      req.keep?.(res.json());
      const requestId = String(res.headers['x-request-id']);
      const events = await t.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.requestId, requestId)));
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) {
        expect(e.actorId).toBe(req.anonymous ? null : actor.userId);
        expect(e.at).toBeInstanceOf(Date);
      }
      if (req.search) expect(events.some((e) => e.action === 'query')).toBe(true);
      else expect(events.some((e) => e.patientId !== null)).toBe(true);
    });
  }

  it('seals everything into a chain that verifies', async () => {
    await sealPendingEvents(t.db, t.clock);
    const verdict = await verifyChain(t.db);
    expect(verdict.ok).toBe(true);
    expect(verdict.unsealed).toBe(0);
    expect(verdict.checked).toBeGreaterThan(20);
  });
});
