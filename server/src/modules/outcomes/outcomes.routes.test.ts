import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { newId } from '../../kernel/ids.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { episodes, staffPrograms } from '../programs/index.ts';
import { admitPatient, setUpClinic, type Clinic } from '../scheduling/test-fixtures.ts';
import { assessments } from './outcomes.tables.ts';

let t: TestApp;
let clinic: Clinic;
/** The attending of every patient admitted here: their primary clinician. */
let attending: Session;
/** A therapist in the same program who is not the attending. */
let colleague: Session;
let peer: Session;
/** A therapist outside the program. */
let stranger: Session;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-10T15:00:00Z');
  clinic = await setUpClinic(t);
  const member = async (role: string, family: string, programId: string | null) => {
    const session = await t.login(role, { given: 'Test', family });
    await t.db.insert(staff).values({ id: session.userId });
    if (programId) await t.db.insert(staffPrograms).values({ staffId: session.userId, programId });
    return session;
  };
  attending = await member('therapist', 'Attending', clinic.programId);
  colleague = await member('therapist', 'Colleague', clinic.programId);
  peer = await member('peer_specialist', 'Peer', clinic.programId);
  stranger = await member('therapist', 'Stranger', null);
});
afterAll(() => t.close());

const admit = (family: string) =>
  admitPatient(t, { ...clinic, facilitatorIds: [attending.userId] }, { given: 'Pat', family });

const record = (who: Session, patientId: string, payload: object) =>
  t.call(who, { method: 'POST', url: `/api/patients/${patientId}/assessments`, payload });

const historyOf = (who: Session, patientId: string, instrument?: string) =>
  t.call(who, {
    method: 'GET',
    url: `/api/patients/${patientId}/assessments${instrument ? `?instrument=${instrument}` : ''}`,
  });

const openTasks = async (who: Session) => {
  const res = await t.call(who, { method: 'GET', url: '/api/tasks?status=open' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { id: string; kind: string; title: string; patientId: string; details: object }[];
};

const auditOf = (entityId: string) =>
  t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.category, 'assessment')));

describe('GET /api/instruments', () => {
  it('gives the definitions a form is rendered from: items, answer options, bands', async () => {
    const res = await t.call(peer, { method: 'GET', url: '/api/instruments' });
    expect(res.statusCode, res.body).toBe(200);
    const items: { id: string; title: string; item: { answerOption: unknown[] }[]; scoring: object }[] =
      res.json().items;
    expect(items.map((i) => i.id)).toEqual(['PHQ-9', 'GAD-7', 'C-SSRS-screener', 'PCL-5', 'AUDIT-C', 'BAM']);
    const phq9 = items[0]!;
    expect(phq9.item).toHaveLength(9);
    expect(phq9.item[8]).toMatchObject({
      linkId: '9',
      answerOption: [
        { value: 0, display: 'Not at all' },
        { value: 1, display: 'Several days' },
        { value: 2, display: 'More than half the days' },
        { value: 3, display: 'Nearly every day' },
      ],
    });
    expect(phq9.scoring).toMatchObject({ bands: [{ min: 0, max: 4, label: 'minimal' }, {}, {}, {}, {}] });
  });

  it('is closed to roles without outcomes:read', async () => {
    expect((await t.call(clinic.frontDesk, { method: 'GET', url: '/api/instruments' })).statusCode).toBe(403);
  });
});

describe('POST /api/patients/{id}/assessments', () => {
  let patientId: string;
  beforeAll(async () => {
    patientId = await admit('Scored');
  });

  it('scores a PHQ-9 with the toolkit and stores it: 14 is moderate', async () => {
    const res = await record(attending, patientId, { instrument: 'PHQ-9', answers: [3, 3, 3, 3, 2, 0, 0, 0, 0] });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      id: body.id,
      instrument: 'PHQ-9',
      total: 14,
      severity: 'moderate',
      flags: [],
      administeredAt: '2026-03-10T15:00:00.000Z',
      source: 'staff',
    });
    const [stored] = await t.db.select().from(assessments).where(eq(assessments.id, body.id));
    const [episode] = await t.db.select().from(episodes).where(eq(episodes.patientId, patientId));
    expect(stored).toMatchObject({
      patientId,
      answers: [3, 3, 3, 3, 2, 0, 0, 0, 0],
      total: 14,
      severity: 'moderate',
      recordedBy: attending.userId,
      episodeId: episode!.id,
    });
    expect(await openTasks(attending)).not.toContainEqual(expect.objectContaining({ patientId }));
  });

  it('keeps subscales and the source of a paper form administered earlier', async () => {
    const bam = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const res = await record(attending, patientId, {
      instrument: 'BAM',
      answers: bam,
      administeredAt: '2026-03-09T13:30:00-04:00',
      source: 'paper',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      total: null,
      severity: null,
      source: 'paper',
      administeredAt: '2026-03-09T17:30:00.000Z',
      subscales: { use: { score: 0 }, risk: { score: 0 }, protective: { score: 0 } },
    });
  });

  it('answers 422 outcomes.invalid_answers with the path of each bad answer', async () => {
    const short = await record(attending, patientId, { instrument: 'PHQ-9', answers: [0, 0, 0, 0, 0, 0, 0, 0] });
    expect(short.statusCode).toBe(422);
    expect(short.json().error).toMatchObject({
      code: 'outcomes.invalid_answers',
      details: [{ path: 'answers.8', message: expect.stringContaining('missing') }],
    });
    const outOfRange = await record(attending, patientId, {
      instrument: 'PHQ-9',
      answers: [4, 0, 0, 0, 0, 0, 0, 0, -1],
    });
    expect(outOfRange.statusCode).toBe(422);
    expect(outOfRange.json().error.details.map((d: { path: string }) => d.path)).toEqual(['answers.0', 'answers.8']);
    const long = await record(attending, patientId, { instrument: 'GAD-7', answers: [0, 0, 0, 0, 0, 0, 0, 0] });
    expect(long.json().error).toMatchObject({ code: 'outcomes.invalid_answers', details: [{ path: 'answers.7' }] });
  });

  it('answers 422 outcomes.unknown_instrument at path instrument', async () => {
    const res = await record(attending, patientId, { instrument: 'PHQ-10', answers: [0] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'outcomes.unknown_instrument', details: [{ path: 'instrument' }] });
  });

  it('refuses an administration in the future', async () => {
    const res = await record(attending, patientId, {
      instrument: 'GAD-7',
      answers: [0, 0, 0, 0, 0, 0, 0],
      administeredAt: '2026-03-10T15:00:01Z',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'outcomes.administered_in_future',
      details: [{ path: 'administeredAt' }],
    });
  });

  it('stores nothing for a refused form', async () => {
    const rows = await t.db.select().from(assessments).where(eq(assessments.patientId, patientId));
    expect(rows.map((r) => r.instrument).sort()).toEqual(['BAM', 'PHQ-9']);
  });
});

describe('a positive suicide-risk screen', () => {
  let patientId: string;
  let assessmentId: string;
  beforeAll(async () => {
    patientId = await admit('Risk');
  });

  it('raises an urgent task for the attending clinician in the same request', async () => {
    const res = await record(attending, patientId, { instrument: 'PHQ-9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 2] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ total: 2, severity: 'minimal', flags: ['suicide_risk'] });
    assessmentId = res.json().id;
    const tasks = (await openTasks(attending)).filter((task) => task.patientId === patientId);
    expect(tasks).toEqual([
      expect.objectContaining({
        kind: 'suicide_risk_screen',
        title: 'Suicide risk: PHQ-9 item 9 “More than half the days”',
        priority: 'urgent',
        assigneeStaffId: attending.userId,
        details: expect.objectContaining({
          assessmentId,
          instrument: 'PHQ-9',
          flag: 'suicide_risk',
          items: [expect.objectContaining({ linkId: '9', answer: 2 })],
        }),
      }),
    ]);
    // Addressed to the attending alone, not to every therapist in the program.
    expect(await openTasks(colleague)).not.toContainEqual(expect.objectContaining({ patientId }));
  });

  it('stays open until the clinician acknowledges it', async () => {
    const [task] = (await openTasks(attending)).filter((x) => x.patientId === patientId);
    // Later assessments, even a reassuring one, leave it open.
    await record(attending, patientId, { instrument: 'PHQ-9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(await openTasks(attending)).toContainEqual(expect.objectContaining({ id: task!.id }));
    const done = await t.call(attending, { method: 'POST', url: `/api/tasks/${task!.id}/complete` });
    expect(done.statusCode, done.body).toBe(200);
    expect(await openTasks(attending)).not.toContainEqual(expect.objectContaining({ id: task!.id }));
  });

  it('raises one for a positive C-SSRS screen, naming the triage level', async () => {
    const res = await record(attending, patientId, { instrument: 'C-SSRS-screener', answers: [1, 1, 1, 0, 0, 0] });
    expect(res.json()).toMatchObject({ severity: 'moderate', flags: ['suicide_risk'] });
    expect(await openTasks(attending)).toContainEqual(
      expect.objectContaining({
        patientId,
        title: 'Suicide risk: C-SSRS-screener positive (moderate)',
        details: expect.objectContaining({ assessmentId: res.json().id, severity: 'moderate', items: [] }),
      }),
    );
  });

  it('goes to the program directors when the patient has no open episode', async () => {
    const id = newId();
    await t.db.insert(patients).values({
      id,
      mrn: 'NO-EPISODE-1',
      givenName: 'Nia',
      familyName: 'Noepisode',
      birthDate: '1985-01-01',
      sex: 'F',
      createdAt: t.clock.now(),
    });
    const res = await record(clinic.director, id, { instrument: 'PHQ-9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] });
    expect(res.statusCode, res.body).toBe(201);
    expect(await openTasks(clinic.director)).toContainEqual(
      expect.objectContaining({ patientId: id, kind: 'suicide_risk_screen' }),
    );
  });
});

describe('GET /api/patients/{id}/assessments', () => {
  let patientId: string;
  const ids: Record<string, string> = {};
  const posted: Record<string, unknown> = {};
  beforeAll(async () => {
    patientId = await admit('History');
    // Entered out of order: the paper form of 5 March is typed in last.
    const forms: [string, string, number[]][] = [
      ['baseline', '2026-03-02T14:00:00Z', [3, 3, 3, 3, 3, 3, 2, 0, 0]],
      ['followUp', '2026-03-09T14:00:00Z', [2, 2, 2, 1, 1, 0, 0, 0, 0]],
      ['paper', '2026-03-05T14:00:00Z', [2, 2, 2, 2, 2, 2, 2, 0, 0]],
    ];
    for (const [name, administeredAt, answers] of forms) {
      const res = await record(attending, patientId, { instrument: 'PHQ-9', answers, administeredAt });
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id;
      posted[name] = res.json();
    }
    const gad = await record(attending, patientId, { instrument: 'GAD-7', answers: [1, 1, 1, 1, 1, 1, 1] });
    ids.gad = gad.json().id;
  });

  it('answers the follow-up with its change from the baseline: 20 → 8 is response and reliable', async () => {
    const change = { delta: -12, percentChange: -60, reliableChange: true, response: true, remission: false };
    expect(posted.baseline).not.toHaveProperty('change');
    expect(posted.followUp).toMatchObject({ total: 8, change });
    const res = await historyOf(attending, patientId, 'PHQ-9');
    expect(res.statusCode, res.body).toBe(200);
    const followUp = res.json().items.find((i: { id: string }) => i.id === ids.followUp);
    expect(followUp).toMatchObject({
      total: 8,
      severity: 'mild',
      change,
    });
  });

  it('lists newest first by administration, each measured from the episode’s first', async () => {
    const items = (await historyOf(attending, patientId, 'PHQ-9')).json().items;
    expect(items.map((i: { id: string }) => i.id)).toEqual([ids.followUp, ids.paper, ids.baseline]);
    expect(items.map((i: { total: number }) => i.total)).toEqual([8, 14, 20]);
    expect(items[1].change).toEqual({
      delta: -6,
      percentChange: -30,
      reliableChange: true,
      response: false,
      remission: false,
    });
    expect(items[2]).not.toHaveProperty('change');
  });

  it('lists every instrument without the filter', async () => {
    const items = (await historyOf(attending, patientId)).json().items;
    expect(items.map((i: { id: string }) => i.id)).toEqual([ids.gad, ids.followUp, ids.paper, ids.baseline]);
    expect(items[0]).toMatchObject({ instrument: 'GAD-7', total: 7, severity: 'mild' });
  });

  it('is readable by a peer specialist of the program, who may not record', async () => {
    expect((await historyOf(peer, patientId)).statusCode).toBe(200);
    const res = await record(peer, patientId, { instrument: 'GAD-7', answers: [0, 0, 0, 0, 0, 0, 0] });
    expect(res.statusCode).toBe(403);
  });

  it('hides the patient from a clinician outside the program', async () => {
    const read = await historyOf(stranger, patientId);
    expect(read.statusCode).toBe(404);
    expect(read.json().error.code).toBe('patients.not_found');
    const write = await record(stranger, patientId, { instrument: 'GAD-7', answers: [0, 0, 0, 0, 0, 0, 0] });
    expect(write.statusCode).toBe(404);
    expect(write.json().error.code).toBe('patients.not_found');
  });
});

describe('audit', () => {
  it('records the creation and every read of an assessment with its patient', async () => {
    const patientId = await admit('Audited');
    const created = await record(attending, patientId, { instrument: 'GAD-7', answers: [0, 1, 0, 1, 0, 1, 0] });
    const id: string = created.json().id;
    await historyOf(colleague, patientId);
    const rows = await auditOf(id);
    expect(rows.map((r) => [r.action, r.actorId, r.patientId])).toEqual([
      ['create', attending.userId, patientId],
      ['read', colleague.userId, patientId],
    ]);
  });

  it('records nothing for a refused read', async () => {
    const patientId = await admit('Private');
    const created = await record(attending, patientId, { instrument: 'GAD-7', answers: [0, 0, 0, 0, 0, 0, 0] });
    await historyOf(stranger, patientId);
    expect((await auditOf(created.json().id)).map((r) => r.actorId)).toEqual([attending.userId]);
  });
});

describe('the assessments table', () => {
  it('holds answers as whole numbers and flags as text', async () => {
    const patientId = await admit('Constraints');
    const row = {
      patientId,
      instrument: 'GAD-7',
      administeredAt: t.clock.now(),
      createdAt: t.clock.now(),
    };
    const insert = (values: { answers: string; flags: string }) =>
      t.db
        .execute(
          sql`insert into assessments (id, patient_id, instrument, answers, flags, administered_at, created_at)
              values (${newId()}, ${row.patientId}, ${row.instrument}, ${values.answers}::jsonb, ${values.flags}::jsonb,
                      ${row.administeredAt.toISOString()}, ${row.createdAt.toISOString()})`,
        )
        .then(
          () => 'accepted',
          (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
        );
    expect(await insert({ answers: '[0, 1, 2]', flags: '["suicide_risk"]' })).toBe('accepted');
    expect(await insert({ answers: '[0, 1.5]', flags: '[]' })).toMatch(/assessments_answers/);
    expect(await insert({ answers: '["1"]', flags: '[]' })).toMatch(/assessments_answers/);
    expect(await insert({ answers: '{"1": 0}', flags: '[]' })).toMatch(/assessments_answers/);
    expect(await insert({ answers: '[0]', flags: '[1]' })).toMatch(/assessments_flags/);
  });
});
