import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { patients } from './patients.tables.ts';
import { patientBody as patient, rowCount } from './test-fixtures.ts';

let t: TestApp;
let frontDesk: Session;

beforeAll(async () => {
  t = await createTestApp();
  frontDesk = await t.login('front_desk');
});
afterAll(() => t.close());

const register = (body: Record<string, unknown>, session = frontDesk) =>
  t.call(session, { method: 'POST', url: '/api/patients', payload: body });

const search = async (query: string, session = frontDesk) => {
  const res = await t.call(session, { method: 'GET', url: `/api/patients?query=${encodeURIComponent(query)}` });
  expect(res.statusCode).toBe(200);
  return res.json() as {
    items: { id: string; mrn: string; name: { given: string; family: string } }[];
    nextCursor: string | null;
  };
};

const latestEvent = async () => (await t.db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1))[0]!;

describe('registering a patient', () => {
  it('assigns MRNs from the sequence and stores the demographics', async () => {
    const address = { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' };
    const first = await register(
      patient('Greta', 'Lindqvist', '1975-06-01', { address, phone: '(555) 123-4567', email: 'greta@example.test' }),
    );
    const second = await register(patient('Hugo', 'Lindqvist', '1990-01-01'));
    expect(first.statusCode).toBe(201);
    expect(first.json().mrn).toMatch(/^\d+$/);
    expect(Number(second.json().mrn)).toBe(Number(first.json().mrn) + 1);

    const chart = await t.call(frontDesk, { method: 'GET', url: `/api/patients/${first.json().id}` });
    expect(chart.statusCode).toBe(200);
    expect(chart.json()).toMatchObject({
      id: first.json().id,
      mrn: first.json().mrn,
      name: { given: 'Greta', family: 'Lindqvist' },
      birthDate: '1975-06-01',
      sex: 'F',
      address,
      phone: '(555) 123-4567',
      email: 'greta@example.test',
      coverages: [],
      activeEpisodes: [],
    });
  });

  it('warns about possible duplicates without blocking the registration', async () => {
    const ana = (await register(patient('Ana', 'Ruiz', '1980-03-14'))).json();
    expect(ana.possibleDuplicates).toEqual([]);

    // Same given name and family initial: a maiden name or a typo.
    const anaR = await register(patient('ANA', 'Rodriguez', '1980-03-14'));
    expect(anaR.statusCode).toBe(201);
    expect(anaR.json().possibleDuplicates).toEqual([
      { id: ana.id, mrn: ana.mrn, name: { given: 'Ana', family: 'Ruiz' }, birthDate: '1980-03-14' },
    ]);

    // Same family name, case-insensitive; a different given name and family name is no duplicate.
    const maria = (await register(patient('Maria', 'ruiz', '1980-03-14'))).json();
    expect(maria.possibleDuplicates.map((d: { id: string }) => d.id)).toEqual([ana.id]);
    expect((await register(patient('Maria', 'Lopez', '1980-03-14'))).json().possibleDuplicates).toEqual([]);

    const check = await t.call(frontDesk, {
      method: 'GET',
      url: '/api/patients/duplicates?given=Ana&family=Ruiz&birthDate=1980-03-14',
    });
    expect(check.statusCode).toBe(200);
    expect(
      check
        .json()
        .items.map((d: { id: string }) => d.id)
        .sort(),
    ).toEqual([ana.id, anaR.json().id, maria.id].sort());
    expect((await latestEvent()).details).toMatchObject({
      purpose: 'duplicate_check',
      query: { given: 'Ana', family: 'Ruiz', birthDate: '1980-03-14' },
      returnedIds: expect.arrayContaining([ana.id, maria.id]),
    });
  });

  it('rejects a birth date in the future or before 1900 with 422 and writes nothing', async () => {
    const before = await rowCount(t.db, patients);
    for (const birthDate of ['2026-01-06', '1899-12-31']) {
      const res = await register(patient('Future', 'Person', birthDate));
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('patients.invalid_birth_date');
      expect(res.json().error.details[0].path).toBe('birthDate');
    }
    expect((await register(patient('Born', 'Today', '2026-01-05'))).statusCode).toBe(201);
    const after = await rowCount(t.db, patients);
    expect(after).toBe(before + 1);
  });

  it('answers malformed bodies with 400 and the path of each problem', async () => {
    const missing = await register({ name: { family: 'Ruiz' }, birthDate: '1980-03-14', sex: 'F' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('request.invalid');
    expect(missing.json().error.details.map((d: { path: string }) => d.path)).toContain('name.given');

    const extra = await register(patient('Ana', 'Ruiz', '1980-03-14', { nickname: 'Annie' }));
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.details.map((d: { path: string }) => d.path)).toContain('nickname');

    const bad = await register({ ...patient('Ana', 'Ruiz', '1980-02-30'), sex: 'X', email: 'not-an-email' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['birthDate', 'sex', 'email']),
    );
  });
});

describe('searching', () => {
  let ids: Record<string, { id: string; mrn: string }>;

  beforeAll(async () => {
    ids = {};
    for (const [given, family, birthDate] of [
      ['Zoe', 'Okafor', '1991-07-04'],
      ['Anton', 'Okafor', '1988-02-10'],
      ['Lena', 'De La Cruz', '1979-11-23'],
      ['Omar', 'Jones-Smith', '1985-05-05'],
    ] as const) {
      ids[given] = (await register(patient(given, family, birthDate))).json();
    }
  });

  it('finds by name beginnings in any order', async () => {
    expect((await search('okafor zoe')).items.map((p) => p.id)).toEqual([ids.Zoe!.id]);
    expect((await search('Zoe O')).items.map((p) => p.id)).toEqual([ids.Zoe!.id]);
    expect((await search('Okafor, Anton')).items.map((p) => p.id)).toEqual([ids.Anton!.id]);
    expect((await search('cruz')).items.map((p) => p.id)).toEqual([ids.Lena!.id]);
    expect((await search('smith')).items.map((p) => p.id)).toEqual([ids.Omar!.id]);
    expect((await search('afor')).items).toEqual([]);
  });

  it('sorts by family then given name', async () => {
    expect((await search('okafor')).items.map((p) => p.name.given)).toEqual(['Anton', 'Zoe']);
  });

  it('finds by exact MRN and by birth date in ISO or US form', async () => {
    expect((await search(ids.Omar!.mrn)).items.map((p) => p.id)).toEqual([ids.Omar!.id]);
    expect((await search(ids.Omar!.mrn.slice(0, -1))).items).toEqual([]);
    expect((await search('1979-11-23')).items.map((p) => p.id)).toEqual([ids.Lena!.id]);
    expect((await search('11/23/1979')).items.map((p) => p.id)).toEqual([ids.Lena!.id]);
  });

  it('treats LIKE wildcards as text', async () => {
    expect((await search('%')).items).toEqual([]);
    expect((await search('_')).items).toEqual([]);
  });

  it('pages with a cursor and caps the limit at 200', async () => {
    const first = await t.call(frontDesk, { method: 'GET', url: '/api/patients?query=okafor&limit=1' });
    expect(first.json().items.map((p: { id: string }) => p.id)).toEqual([ids.Anton!.id]);
    const next = await t.call(frontDesk, {
      method: 'GET',
      url: `/api/patients?query=okafor&limit=1&cursor=${first.json().nextCursor}`,
    });
    expect(next.json()).toEqual({ items: [expect.objectContaining({ id: ids.Zoe!.id })], nextCursor: null });
    expect((await t.call(frontDesk, { method: 'GET', url: '/api/patients?limit=201' })).statusCode).toBe(400);
  });

  it('sorts only by whitelisted keys', async () => {
    const byBirth = await t.call(frontDesk, { method: 'GET', url: '/api/patients?query=okafor&sort=birthDate' });
    expect(byBirth.json().items.map((p: { id: string }) => p.id)).toEqual([ids.Anton!.id, ids.Zoe!.id]);
    const evil = await t.call(frontDesk, { method: 'GET', url: '/api/patients?sort=given_name;drop table patients' });
    expect(evil.statusCode).toBe(400);
    expect(evil.json().error.details[0].path).toBe('querystring.sort');
  });

  it('records one audit event per search, with the query and the ids returned', async () => {
    await search('okafor');
    const event = await latestEvent();
    expect(event).toMatchObject({ action: 'query', category: 'patient', patientId: null, actorId: frontDesk.userId });
    expect(event.details).toEqual({ query: 'okafor', returnedIds: [ids.Anton!.id, ids.Zoe!.id] });
  });
});

describe('reading and updating', () => {
  it('updates demographics, clears optional fields, and audits field names only', async () => {
    const { id } = (await register(patient('Ines', 'Moreau', '1970-09-09', { email: 'ines@example.test' }))).json();
    const res = await t.call(frontDesk, {
      method: 'PATCH',
      url: `/api/patients/${id}`,
      payload: { phone: '555-000-1111', email: null, sex: 'U' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id,
      phone: '555-000-1111',
      email: null,
      sex: 'U',
      name: { given: 'Ines', family: 'Moreau' },
    });

    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.patientId, id))
      .orderBy(auditEvents.seq)
      .offset(1);
    expect(event).toMatchObject({
      action: 'update',
      category: 'patient',
      entityId: id,
      details: { fields: ['phone', 'email', 'sex'] },
    });
  });

  it('refuses an implausible birth date on update and leaves the patient as it was', async () => {
    const { id } = (await register(patient('Jon', 'Berg', '1960-01-01'))).json();
    const res = await t.call(frontDesk, {
      method: 'PATCH',
      url: `/api/patients/${id}`,
      payload: { birthDate: '2030-01-01', phone: '555-000-2222' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('patients.invalid_birth_date');
    const chart = (await t.call(frontDesk, { method: 'GET', url: `/api/patients/${id}` })).json();
    expect(chart).toMatchObject({ birthDate: '1960-01-01', phone: null });
  });

  it('rejects an empty patch with 400', async () => {
    const { id } = (await register(patient('Kai', 'Berg', '1961-01-01'))).json();
    expect((await t.call(frontDesk, { method: 'PATCH', url: `/api/patients/${id}`, payload: {} })).statusCode).toBe(
      400,
    );
  });

  it('audits reading the chart, with the patient id, in the request', async () => {
    const { id } = (await register(patient('Lars', 'Berg', '1962-01-01'))).json();
    const res = await t.call(frontDesk, { method: 'GET', url: `/api/patients/${id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.patientId, id)).orderBy(auditEvents.seq);
    expect(events.map((e) => [e.action, e.category])).toEqual([
      ['create', 'patient'],
      ['read', 'patient'],
    ]);
    expect(events[1]!.actorId).toBe(frontDesk.userId);
  });

  it('answers 404 patients.not_found for an unknown id and 400 for a malformed one', async () => {
    const missing = await t.call(frontDesk, {
      method: 'GET',
      url: '/api/patients/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('patients.not_found');
    expect((await t.call(frontDesk, { method: 'GET', url: '/api/patients/42' })).statusCode).toBe(400);
  });
});

describe('access', () => {
  it('asks for a login (401) and a permission (403)', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/patients' })).statusCode).toBe(401);
    const auditor = await t.login('auditor');
    const res = await t.call(auditor, { method: 'GET', url: '/api/patients' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.forbidden');
    expect((await register(patient('No', 'Way', '1980-01-01'), await t.login('biller'))).statusCode).toBe(403);
  });

  it('hides patients outside a clinician’s programs: 404 on the chart, absent from searches', async () => {
    const { id, mrn } = (await register(patient('Nils', 'Hidden', '1983-03-03'))).json();
    const therapist = await t.login('therapist');
    const chart = await t.call(therapist, { method: 'GET', url: `/api/patients/${id}` });
    expect(chart.statusCode).toBe(404);
    expect(chart.json().error.code).toBe('patients.not_found');
    expect((await search(mrn, therapist)).items).toEqual([]);
    const dup = await t.call(therapist, {
      method: 'GET',
      url: '/api/patients/duplicates?given=Nils&family=Hidden&birthDate=1983-03-03',
    });
    expect(dup.json().items).toEqual([]);
    const patch = await t.call(therapist, {
      method: 'PATCH',
      url: `/api/patients/${id}`,
      payload: { phone: '555-123-4567' },
    });
    expect(patch.statusCode).toBe(404);
  });
});

describe('the contract', () => {
  it('documents every patients route in the OpenAPI document under the Patients tag', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const tagged = Object.entries(doc.paths as Record<string, Record<string, { tags?: string[] }>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods)
          .filter(([, op]) => op.tags?.includes('Patients'))
          .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(tagged.sort()).toEqual(
      [
        'POST /api/patients',
        'GET /api/patients',
        'GET /api/patients/duplicates',
        'GET /api/patients/{id}',
        'PATCH /api/patients/{id}',
        'POST /api/patients/{id}/coverages',
        'GET /api/patients/{id}/coverages',
        'POST /api/patients/{id}/authorizations',
        'GET /api/patients/{id}/authorizations',
      ].sort(),
    );
  });
});
