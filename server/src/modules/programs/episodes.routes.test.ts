import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../kernel/http/index.ts';
import { createTestApp, onPostgres, type Session, type TestApp } from '../../testing/index.ts';
import { patients } from '../patients/index.ts';
import { auditRows, insertPatient, insertSite, staffSession } from './test-fixtures.ts';

let t: TestApp;
let director: Session;
let psychiatrist: Session;
let phpId: string;
let iopId: string;

beforeAll(async () => {
  t = await createTestApp();
  director = await t.login('program_director');
  psychiatrist = await staffSession(t, 'psychiatrist');
  const siteId = await insertSite(t);
  const program = async (levelOfCare: string) =>
    (
      await t.call(director, {
        method: 'POST',
        url: '/api/programs',
        payload: { name: `Adult ${levelOfCare}`, siteId, levelOfCare, population: 'mental_health', minHoursPerWeek: 9 },
      })
    ).json().id as string;
  phpId = await program('PHP');
  iopId = await program('IOP');
});
afterAll(() => t.close());

const admission = (patientId: string, overrides: Record<string, unknown> = {}) => ({
  patientId,
  programId: phpId,
  admitDate: '2026-01-05',
  attendingStaffId: psychiatrist.userId,
  diagnoses: [{ code: 'F33.1', principal: true }, { code: 'f41.1' }],
  ...overrides,
});

const admit = (session: Session, payload: Record<string, unknown>) =>
  t.call(session, { method: 'POST', url: '/api/episodes', payload });

async function admitted(overrides: Record<string, unknown> = {}): Promise<{ patientId: string; episodeId: string }> {
  const patientId = await insertPatient(t);
  const res = await admit(director, admission(patientId, overrides));
  expect(res.statusCode).toBe(201);
  return { patientId, episodeId: res.json().id };
}

const error = (res: { json(): { error: { code: string; details: { path: string }[] } } }) => res.json().error;

describe('admission', () => {
  it('admits, opens the level-of-care history, and audits the write and the read', async () => {
    const { patientId, episodeId } = await admitted();
    const res = await t.call(director, { method: 'GET', url: `/api/episodes/${episodeId}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: episodeId,
      patientId,
      programId: phpId,
      programName: 'Adult PHP',
      levelOfCare: 'PHP',
      admitDate: '2026-01-05',
      dischargeDate: null,
      disposition: null,
      dispositionNote: null,
      attendingStaffId: psychiatrist.userId,
      diagnoses: [
        { code: 'F33.1', principal: true },
        { code: 'F41.1', principal: false },
      ],
      levelOfCareHistory: [{ levelOfCare: 'PHP', effectiveDate: '2026-01-05', reason: null }],
    });
    const events = await auditRows(t, { entityId: episodeId, category: 'episode' });
    expect(events.map((e) => [e.action, e.patientId, e.actorId])).toEqual([
      ['create', patientId, director.userId],
      ['read', patientId, director.userId],
    ]);
  });

  it('answers 400 with detail paths for a malformed body', async () => {
    const patientId = await insertPatient(t);
    const res = await admit(
      director,
      admission(patientId, { admitDate: '2026-02-30', patientId: undefined, extra: 1 }),
    );
    expect(res.statusCode).toBe(400);
    expect(
      error(res)
        .details.map((d) => d.path)
        .sort(),
    ).toEqual(['admitDate', 'extra', 'patientId']);
    const badItem = await admit(director, admission(patientId, { diagnoses: [{ principal: true }] }));
    expect(error(badItem).details.map((d) => d.path)).toContain('diagnoses.0.code');
  });

  it('answers 422 programs.invalid_diagnosis_code with the path of the code', async () => {
    const res = await admit(
      director,
      admission(await insertPatient(t), { diagnoses: [{ code: '296.32', principal: true }] }),
    );
    expect(res.statusCode).toBe(422);
    expect(error(res)).toMatchObject({
      code: 'programs.invalid_diagnosis_code',
      details: [{ path: 'diagnoses.0.code' }],
    });
  });

  it.each([
    ['none', []],
    ['no principal', [{ code: 'F33.1' }]],
    [
      'two principals',
      [
        { code: 'F33.1', principal: true },
        { code: 'F41.1', principal: true },
      ],
    ],
  ])('answers 422 programs.principal_diagnosis_required: %s', async (_, diagnoses) => {
    const res = await admit(director, admission(await insertPatient(t), { diagnoses }));
    expect(res.statusCode).toBe(422);
    expect(error(res).code).toBe('programs.principal_diagnosis_required');
  });

  it('answers 422 programs.invalid_attending unless the attending is a psychiatrist or NP on staff', async () => {
    const patientId = await insertPatient(t);
    const therapist = await staffSession(t, 'therapist');
    const notStaff = await t.login('psychiatrist');
    const np = await staffSession(t, 'nurse_practitioner');
    for (const attendingStaffId of [therapist.userId, notStaff.userId, crypto.randomUUID()]) {
      const res = await admit(director, admission(patientId, { attendingStaffId }));
      expect(res.statusCode).toBe(422);
      expect(error(res)).toMatchObject({ code: 'programs.invalid_attending', details: [{ path: 'attendingStaffId' }] });
    }
    expect((await admit(director, admission(patientId, { attendingStaffId: np.userId }))).statusCode).toBe(201);
  });

  it('answers 422 for an unknown or inactive program and 404 for an unknown patient', async () => {
    const patientId = await insertPatient(t);
    expect(error(await admit(director, admission(patientId, { programId: crypto.randomUUID() }))).code).toBe(
      'programs.unknown_program',
    );
    const missing = await admit(director, admission(crypto.randomUUID()));
    expect(missing.statusCode).toBe(404);
    expect(error(missing).code).toBe('patients.not_found');
  });

  it('keeps one open episode per patient per program (409 programs.episode_open)', async () => {
    const { patientId, episodeId } = await admitted();
    const again = await admit(director, admission(patientId, { admitDate: '2026-01-12' }));
    expect(again.statusCode).toBe(409);
    expect(error(again).code).toBe('programs.episode_open');
    // Another program is fine, and so is a readmission after discharge.
    expect((await admit(director, admission(patientId, { programId: iopId }))).statusCode).toBe(201);
    await t.call(director, {
      method: 'POST',
      url: `/api/episodes/${episodeId}/discharge`,
      payload: { date: '2026-01-09', disposition: 'completed' },
    });
    expect((await admit(director, admission(patientId, { admitDate: '2026-02-02' }))).statusCode).toBe(201);
  });

  it.runIf(onPostgres())('holds under concurrent admissions (PostgreSQL only: needs real parallelism)', async () => {
    const patientId = await insertPatient(t);
    const results = await Promise.all(Array.from({ length: 5 }, () => admit(director, admission(patientId))));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it('needs a login (401) and episodes:write (403)', async () => {
    const patientId = await insertPatient(t);
    expect((await admit(null as unknown as Session, admission(patientId))).statusCode).toBe(401);
    expect((await admit(await t.login('front_desk'), admission(patientId))).statusCode).toBe(403);
    expect(
      (await t.call(await t.login('biller'), { method: 'GET', url: `/api/patients/${patientId}/episodes` })).statusCode,
    ).toBe(200);
    expect(
      (await t.call(await t.login('auditor'), { method: 'GET', url: `/api/patients/${patientId}/episodes` }))
        .statusCode,
    ).toBe(403);
  });
});

describe('discharge', () => {
  it('discharges with a disposition and note, then refuses a second discharge', async () => {
    const { patientId, episodeId } = await admitted();
    const url = `/api/episodes/${episodeId}/discharge`;
    const res = await t.call(director, {
      method: 'POST',
      url,
      payload: { date: '2026-02-13', disposition: 'completed', note: 'Goals met.' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      dischargeDate: '2026-02-13',
      disposition: 'completed',
      dispositionNote: 'Goals met.',
    });
    const again = await t.call(director, {
      method: 'POST',
      url,
      payload: { date: '2026-02-14', disposition: 'other' },
    });
    expect(again.statusCode).toBe(409);
    expect(error(again).code).toBe('programs.already_discharged');
    const updates = (await auditRows(t, { entityId: episodeId, category: 'episode' })).filter(
      (e) => e.action === 'update',
    );
    expect(updates).toHaveLength(1);
    expect(updates[0]?.patientId).toBe(patientId);
  });

  it('answers 422 programs.invalid_dates before admission and 400 for an unknown disposition', async () => {
    const { episodeId } = await admitted();
    const url = `/api/episodes/${episodeId}/discharge`;
    const early = await t.call(director, {
      method: 'POST',
      url,
      payload: { date: '2026-01-04', disposition: 'completed' },
    });
    expect(early.statusCode).toBe(422);
    expect(error(early)).toMatchObject({ code: 'programs.invalid_dates', details: [{ path: 'date' }] });
    const odd = await t.call(director, {
      method: 'POST',
      url,
      payload: { date: '2026-01-20', disposition: 'vanished' },
    });
    expect(odd.statusCode).toBe(400);
    expect(error(odd).details.map((d) => d.path)).toContain('disposition');
  });
});

describe('level of care', () => {
  it('records a step-down, becomes the current level, and keeps the history in order', async () => {
    const { patientId, episodeId } = await admitted();
    const url = `/api/episodes/${episodeId}/level-of-care`;
    const res = await t.call(director, {
      method: 'POST',
      url,
      payload: { levelOfCare: 'IOP', effectiveDate: '2026-01-26', reason: 'Stable' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().levelOfCare).toBe('IOP');
    expect(res.json().levelOfCareHistory).toEqual([
      { levelOfCare: 'PHP', effectiveDate: '2026-01-05', reason: null },
      { levelOfCare: 'IOP', effectiveDate: '2026-01-26', reason: 'Stable' },
    ]);
    const [active] = await t.modules.programs.activeEpisodes(t.db, patientId);
    expect(active).toMatchObject({ id: episodeId, levelOfCare: 'IOP', programName: 'Adult PHP' });

    const same = await t.call(director, {
      method: 'POST',
      url,
      payload: { levelOfCare: 'IOP', effectiveDate: '2026-02-02' },
    });
    expect(error(same).code).toBe('programs.level_of_care_unchanged');
    const backdated = await t.call(director, {
      method: 'POST',
      url,
      payload: { levelOfCare: 'PHP', effectiveDate: '2026-01-20' },
    });
    expect(error(backdated)).toMatchObject({ code: 'programs.invalid_dates', details: [{ path: 'effectiveDate' }] });
    // Discharge may not predate the step-down either.
    const discharge = await t.call(director, {
      method: 'POST',
      url: `/api/episodes/${episodeId}/discharge`,
      payload: { date: '2026-01-20', disposition: 'completed' },
    });
    expect(error(discharge).code).toBe('programs.invalid_dates');
  });

  it('refuses changes to a discharged episode (409)', async () => {
    const { episodeId } = await admitted();
    await t.call(director, {
      method: 'POST',
      url: `/api/episodes/${episodeId}/discharge`,
      payload: { date: '2026-01-09', disposition: 'transferred' },
    });
    const res = await t.call(director, {
      method: 'POST',
      url: `/api/episodes/${episodeId}/level-of-care`,
      payload: { levelOfCare: 'IOP', effectiveDate: '2026-01-09' },
    });
    expect(res.statusCode).toBe(409);
    expect(error(res).code).toBe('programs.already_discharged');
  });
});

describe('patient episodes and visibility', () => {
  it('lists all episodes of a patient, newest first, in pages', async () => {
    const { patientId, episodeId: first } = await admitted({ admitDate: '2025-11-03' });
    await t.call(director, {
      method: 'POST',
      url: `/api/episodes/${first}/discharge`,
      payload: { date: '2025-12-19', disposition: 'completed' },
    });
    const second = (await admit(director, admission(patientId, { programId: iopId, admitDate: '2026-01-05' }))).json()
      .id;
    const page1 = (
      await t.call(director, { method: 'GET', url: `/api/patients/${patientId}/episodes?limit=1` })
    ).json();
    expect(page1.items.map((e: { id: string }) => e.id)).toEqual([second]);
    const page2 = (
      await t.call(director, {
        method: 'GET',
        url: `/api/patients/${patientId}/episodes?limit=1&cursor=${page1.nextCursor}`,
      })
    ).json();
    expect(page2).toMatchObject({
      items: [{ id: first, dischargeDate: '2025-12-19', disposition: 'completed' }],
      nextCursor: null,
    });
    expect((await t.modules.programs.activeEpisodes(t.db, patientId)).map((e) => e.id)).toEqual([second]);
  });

  it('hides patients outside the clinician’s programs behind 404, until assigned', async () => {
    const { patientId, episodeId } = await admitted();
    const therapist = await staffSession(t, 'therapist');
    const asTherapist = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
      t.call(therapist, { method, url, ...(payload ? { payload } : {}) });

    const read = await asTherapist('GET', `/api/episodes/${episodeId}`);
    expect(read.statusCode).toBe(404);
    expect(error(read).code).toBe('programs.episode_not_found');
    expect(error(await asTherapist('GET', `/api/patients/${patientId}/episodes`)).code).toBe('patients.not_found');
    expect(
      (await asTherapist('POST', `/api/episodes/${episodeId}/discharge`, { date: '2026-01-09', disposition: 'other' }))
        .statusCode,
    ).toBe(404);
    expect((await admit(therapist, admission(patientId, { programId: iopId }))).statusCode).toBe(404);

    await t.call(director, {
      method: 'PUT',
      url: `/api/programs/${phpId}/staff`,
      payload: { staffIds: [therapist.userId] },
    });
    expect((await asTherapist('GET', `/api/episodes/${episodeId}`)).statusCode).toBe(200);
    expect((await asTherapist('GET', `/api/patients/${patientId}/episodes`)).json().items).toHaveLength(1);
  });

  it('gives other modules a visibility condition and an assertion', async () => {
    const { patientId } = await admitted();
    const access = t.modules.programs.patientAccess;
    const ctxOf = (userId: string, permissions: string[]) => ({
      ...systemContext('test'),
      actor: {
        userId,
        roles: [],
        permissions: new Set(permissions),
        via: 'token' as const,
        credentialId: 'x',
        mfaEnrollmentPending: false,
      },
    });
    expect(
      access.visibleCondition(ctxOf(director.userId, ['patients:read', 'patients:read_all']), patients.id),
    ).toBeUndefined();

    const outsider = await staffSession(t, 'nurse');
    const condition = access.visibleCondition(ctxOf(outsider.userId, ['patients:read']), patients.id);
    expect(await t.db.select({ id: patients.id }).from(patients).where(condition)).toEqual([]);
    await expect(
      access.assertVisible(t.db, ctxOf(outsider.userId, ['patients:read']), patientId),
    ).rejects.toMatchObject({
      status: 404,
      code: 'patients.not_found',
    });
    await expect(
      access.assertVisible(t.db, ctxOf(director.userId, ['patients:read_all']), crypto.randomUUID()),
    ).rejects.toMatchObject({
      code: 'patients.not_found',
    });
  });
});
