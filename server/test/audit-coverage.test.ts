// AU-1: every route that reads or writes patient data leaves an audit event in the same request.
// The table below must name every such route, so a new route without an entry fails this test.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sealPendingEvents, verifyChain } from '../src/kernel/audit/index.ts';
import { createTestApp, type Session, type TestApp } from '../src/testing/index.ts';

let t: TestApp;
let admin: Session;
const ids: Record<string, string> = {};

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
});
afterAll(() => t.close());

type Req = { method: 'GET' | 'POST' | 'PATCH' | 'PUT'; url: () => string; payload?: () => object; search?: boolean };

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
  'POST /api/episodes/:id/discharge': {
    method: 'POST',
    url: () => `/api/episodes/${ids.episode}/discharge`,
    payload: () => ({ date: '2026-02-01', disposition: 'completed' }),
  },
};

const touchesPatients = (url: string) => /\/(patients|episodes)(\/|$)/.test(url);

describe('audit coverage', () => {
  it('lists every patient-data route', () => {
    const routes = t.app.declaredRoutes.filter((r) => touchesPatients(r.url)).map((r) => `${r.method} ${r.url}`);
    expect(routes.sort()).toEqual(Object.keys(PATIENT_ROUTES).sort());
  });

  // Order matters only for the episode: discharge comes last.
  for (const [name, req] of Object.entries(PATIENT_ROUTES)) {
    it(`${name} writes an audit event in the same request`, async () => {
      const res = await t.call(admin, {
        method: req.method,
        url: req.url(),
        ...(req.payload ? { payload: req.payload() } : {}),
      });
      expect(res.statusCode, res.body).toBeLessThan(300);
      const requestId = String(res.headers['x-request-id']);
      const events = await t.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.requestId, requestId)));
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) {
        expect(e.actorId).toBe(admin.userId);
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
