import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { staff } from '../organization/index.ts';
import { staffPrograms } from '../programs/index.ts';
import { admitPatient, setUpClinic, type Clinic } from '../scheduling/test-fixtures.ts';
import { assessments, selfReportTokens } from './outcomes.tables.ts';

let t: TestApp;
let clinic: Clinic;
/** The attending of every patient admitted here (the fixture's first facilitator), logged in. */
let attending: Session;
let peer: Session;
/** A therapist outside the program. */
let stranger: Session;

const NOW = '2026-03-10T15:00:00.000Z';
const MINUTE = 60_000;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(NOW);
  clinic = await setUpClinic(t);
  const member = async (role: string, family: string, programId: string | null) => {
    const session = await t.login(role, { given: 'Test', family });
    await t.db.insert(staff).values({ id: session.userId });
    if (programId) await t.db.insert(staffPrograms).values({ staffId: session.userId, programId });
    return session;
  };
  attending = await member('therapist', 'Attending', clinic.programId);
  peer = await member('peer_specialist', 'Peer', clinic.programId);
  stranger = await member('therapist', 'Stranger', null);
});
afterAll(() => t.close());

const admit = (given: string, family: string) =>
  admitPatient(t, { ...clinic, facilitatorIds: [attending.userId] }, { given, family });

const createToken = (who: Session, patientId: string, payload: object) =>
  t.call(who, { method: 'POST', url: `/api/patients/${patientId}/self-report-tokens`, payload });

/** A token as the patient gets it: the last part of the form's URL. */
async function issue(patientId: string, payload: object = { kind: 'kiosk' }) {
  const res = await createToken(attending, patientId, payload);
  expect(res.statusCode, res.body).toBe(201);
  const body: { id: string; url: string; instruments: string[]; expiresAt: string } = res.json();
  return { ...body, token: body.url.split('/').pop()! };
}

/** The patient's side: no login (or, on a shared device, whatever cookie the browser holds). */
const openForm = (token: string, as: Session | null = null) =>
  t.call(as, { method: 'GET', url: `/api/self-report/${token}` });
const answer = (token: string, instrument: string, answers: number[], as: Session | null = null) =>
  t.call(as, {
    method: 'POST',
    url: `/api/self-report/${token}/responses`,
    payload: { instrument, answers },
    headers: { origin: 'http://localhost:80' },
  });

const PHQ9 = [2, 2, 1, 1, 1, 0, 0, 0, 0];
const GAD7 = [1, 1, 1, 0, 0, 0, 0];
const storedFor = (patientId: string) => t.db.select().from(assessments).where(eq(assessments.patientId, patientId));

describe('POST /api/patients/{id}/self-report-tokens', () => {
  it('makes a kiosk form of the measures due, for 30 minutes, shown once and kept only as a hash', async () => {
    const patientId = await admit('Kim', 'Kiosk');
    const issued = await issue(patientId);
    expect(issued.url).toMatch(/^\/self-report\/[A-Za-z0-9_-]{43}$/);
    expect(issued.instruments).toEqual(['PHQ-9', 'GAD-7']);
    expect(issued.expiresAt).toBe(new Date(Date.parse(NOW) + 30 * MINUTE).toISOString());
    const [row] = await t.db.select().from(selfReportTokens).where(eq(selfReportTokens.id, issued.id));
    expect(row).toMatchObject({ patientId, kind: 'kiosk', createdBy: attending.userId, usedAt: null, answered: [] });
    expect(JSON.stringify(row)).not.toContain(issued.token);
  });

  it('makes a link of the instruments named, for 72 hours', async () => {
    const patientId = await admit('Lee', 'Link');
    const issued = await issue(patientId, { kind: 'link', instruments: ['GAD-7', 'C-SSRS-screener', 'GAD-7'] });
    expect(issued.instruments).toEqual(['GAD-7', 'C-SSRS-screener']);
    expect(issued.expiresAt).toBe(new Date(Date.parse(NOW) + 72 * 60 * MINUTE).toISOString());
  });

  it('refuses unknown instruments, those not offered on screen, and an empty default', async () => {
    const patientId = await admit('Rae', 'Refused');
    const unknown = await createToken(attending, patientId, { kind: 'kiosk', instruments: ['PHQ-9', 'PHQ-10'] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({
      code: 'outcomes.unknown_instrument',
      details: [{ path: 'instruments.1' }],
    });
    const paraphrased = await createToken(attending, patientId, { kind: 'kiosk', instruments: ['PCL-5'] });
    expect(paraphrased.statusCode).toBe(422);
    expect(paraphrased.json().error).toMatchObject({
      code: 'outcomes.not_self_report',
      details: [{ path: 'instruments.0' }],
    });
    const done = await issue(patientId);
    expect((await answer(done.token, 'PHQ-9', PHQ9)).statusCode).toBe(201);
    expect((await answer(done.token, 'GAD-7', GAD7)).statusCode).toBe(201);
    const nothing = await createToken(attending, patientId, { kind: 'kiosk' });
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().error).toMatchObject({ code: 'outcomes.nothing_due', details: [{ path: 'instruments' }] });
  });

  it('is for clinicians and the front desk, of a patient they can see', async () => {
    const patientId = await admit('Val', 'Visible');
    expect((await createToken(peer, patientId, { kind: 'kiosk' })).statusCode).toBe(403);
    // The front desk starts the kiosk at check-in; it may not read what the patient answers.
    const atCheckIn = await createToken(clinic.frontDesk, patientId, { kind: 'kiosk' });
    expect(atCheckIn.statusCode, atCheckIn.body).toBe(201);
    expect(atCheckIn.json().instruments).toEqual(['PHQ-9', 'GAD-7']);
    const scores = await t.call(clinic.frontDesk, { method: 'GET', url: `/api/patients/${patientId}/assessments` });
    expect(scores.statusCode).toBe(403);
    await t.db.delete(selfReportTokens).where(eq(selfReportTokens.patientId, patientId));
    const hidden = await createToken(stranger, patientId, { kind: 'kiosk' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('patients.not_found');
    expect(await t.db.select().from(selfReportTokens).where(eq(selfReportTokens.patientId, patientId))).toEqual([]);
  });
});

describe('the form behind a token', () => {
  it('shows the first name and the questions, without login, and nothing about scoring', async () => {
    const patientId = await admit('Noor', 'Private-Surname');
    const { token } = await issue(patientId, { kind: 'kiosk', instruments: ['PHQ-9'] });
    const res = await openForm(token);
    expect(res.statusCode, res.body).toBe(200);
    const form = res.json();
    expect(Object.keys(form).sort()).toEqual(['instruments', 'patientFirstName']);
    expect(form.patientFirstName).toBe('Noor');
    expect(form.instruments).toHaveLength(1);
    expect(Object.keys(form.instruments[0]).sort()).toEqual(['description', 'id', 'item', 'title']);
    expect(form.instruments[0].item).toHaveLength(9);
    expect(form.instruments[0].item[8]).toEqual({
      linkId: '9',
      text: 'Thoughts that you would be better off dead, or of hurting yourself in some way',
      answerOption: [
        { value: 0, display: 'Not at all' },
        { value: 1, display: 'Several days' },
        { value: 2, display: 'More than half the days' },
        { value: 3, display: 'Nearly every day' },
      ],
    });
    expect(res.body).not.toContain('Private-Surname');
    expect(res.body).not.toContain(patientId);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('carries the branching of a screener', async () => {
    const patientId = await admit('Bo', 'Branch');
    const { token } = await issue(patientId, { kind: 'kiosk', instruments: ['C-SSRS-screener'] });
    const [screener] = (await openForm(token)).json().instruments;
    expect(screener.item[2]).toMatchObject({
      linkId: '3',
      enableWhen: [{ question: '2', operator: '=', answerInteger: 1 }],
    });
  });

  it('stores each answered questionnaire scored, as a kiosk form, and is used up with the last', async () => {
    const patientId = await admit('Ada', 'Answers');
    const { token, id } = await issue(patientId);
    const first = await answer(token, 'PHQ-9', PHQ9);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ instrument: 'PHQ-9', remaining: ['GAD-7'] });
    expect((await openForm(token)).json().instruments.map((i: { id: string }) => i.id)).toEqual(['GAD-7']);

    const last = await answer(token, 'GAD-7', GAD7);
    expect(last.json()).toEqual({ instrument: 'GAD-7', remaining: [] });
    const rows = await storedFor(patientId);
    expect(rows.map((r) => [r.instrument, r.total, r.severity, r.source, r.recordedBy])).toEqual(
      expect.arrayContaining([
        ['PHQ-9', 7, 'mild', 'kiosk', null],
        ['GAD-7', 3, 'minimal', 'kiosk', null],
      ]),
    );
    expect(rows.every((r) => r.episodeId !== null)).toBe(true);
    const [row] = await t.db.select().from(selfReportTokens).where(eq(selfReportTokens.id, id));
    expect(row!.usedAt?.toISOString()).toBe(NOW);

    const reopened = await openForm(token);
    expect(reopened.statusCode).toBe(409);
    expect(reopened.json().error.code).toBe('outcomes.token_used');
    const again = await answer(token, 'GAD-7', GAD7);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('outcomes.token_used');
    expect(await storedFor(patientId)).toHaveLength(2);
  });

  it('shows the stored form on the chart with its source', async () => {
    const patientId = await admit('Cy', 'Chart');
    const { token } = await issue(patientId, { kind: 'link', instruments: ['PHQ-9'] });
    await answer(token, 'PHQ-9', PHQ9);
    const history = await t.call(attending, { method: 'GET', url: `/api/patients/${patientId}/assessments` });
    expect(history.json().items).toEqual([expect.objectContaining({ instrument: 'PHQ-9', total: 7, source: 'link' })]);
  });

  it('refuses a questionnaire twice, one not on the form, and bad answers, storing nothing for them', async () => {
    const patientId = await admit('Di', 'Double');
    const { token } = await issue(patientId);
    expect((await answer(token, 'PHQ-9', PHQ9)).statusCode).toBe(201);
    const twice = await answer(token, 'PHQ-9', PHQ9);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'outcomes.already_answered', details: [{ path: 'instrument' }] });
    const other = await answer(token, 'C-SSRS-screener', [0, 0, 0]);
    expect(other.statusCode).toBe(422);
    expect(other.json().error).toMatchObject({
      code: 'outcomes.instrument_not_requested',
      details: [{ path: 'instrument' }],
    });
    const short = await answer(token, 'GAD-7', [0, 0, 0]);
    expect(short.statusCode).toBe(422);
    expect(short.json().error).toMatchObject({ code: 'outcomes.invalid_answers', details: [{ path: 'answers.3' }] });
    expect((await storedFor(patientId)).map((r) => r.instrument)).toEqual(['PHQ-9']);
    // Still open for what is left.
    expect((await answer(token, 'GAD-7', GAD7)).statusCode).toBe(201);
  });

  it('raises the suicide-risk task for the attending, as for any PHQ-9', async () => {
    const patientId = await admit('Ro', 'Risk');
    const { token } = await issue(patientId, { kind: 'kiosk', instruments: ['PHQ-9'] });
    expect((await answer(token, 'PHQ-9', [0, 0, 0, 0, 0, 0, 0, 0, 1])).statusCode).toBe(201);
    const tasks = await t.call(attending, { method: 'GET', url: '/api/tasks?status=open' });
    expect(tasks.json().items).toContainEqual(
      expect.objectContaining({
        patientId,
        kind: 'suicide_risk_screen',
        title: 'Suicide risk: PHQ-9 item 9 “Several days”',
      }),
    );
  });

  it('answers 404 outcomes.token_not_found for a token never issued, 400 for one that cannot be a token', async () => {
    const unknown = await openForm('A'.repeat(43));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('outcomes.token_not_found');
    expect((await answer('A'.repeat(43), 'PHQ-9', PHQ9)).json().error.code).toBe('outcomes.token_not_found');
    expect((await openForm('not a token')).statusCode).toBe(400);
  });
});

describe('a token never exposes another patient', () => {
  it('opens and answers for its own patient only, whoever is logged in on the device', async () => {
    const mine = await admit('Mia', 'Mine');
    const theirs = await admit('Theo', 'Theirs');
    const { token } = await issue(mine, { kind: 'kiosk', instruments: ['PHQ-9'] });
    await issue(theirs, { kind: 'kiosk', instruments: ['PHQ-9'] });
    // A staff member's browser handing the tablet over still holds their cookie.
    const form = await openForm(token, attending);
    expect(form.json().patientFirstName).toBe('Mia');
    expect(form.body).not.toMatch(/Theo|Theirs/);
    expect(form.body).not.toContain(theirs);
    const res = await answer(token, 'PHQ-9', PHQ9, attending);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toContain(theirs);
    expect(await storedFor(theirs)).toEqual([]);
    expect((await storedFor(mine)).map((r) => [r.source, r.recordedBy])).toEqual([['kiosk', null]]);
  });

  it('takes no patient from the request: a patient id in the body is refused', async () => {
    const mine = await admit('Pia', 'Payload');
    const theirs = await admit('Quin', 'Other');
    const { token } = await issue(mine, { kind: 'kiosk', instruments: ['PHQ-9'] });
    const res = await t.call(null, {
      method: 'POST',
      url: `/api/self-report/${token}/responses`,
      payload: { instrument: 'PHQ-9', answers: PHQ9, patientId: theirs },
    });
    expect(res.statusCode).toBe(400);
    expect(await storedFor(theirs)).toEqual([]);
  });
});

describe('audit', () => {
  it('records the token’s creation by staff, and its reads and answers with the patient and no actor', async () => {
    const patientId = await admit('Abe', 'Audit');
    const { id, token } = await issue(patientId, { kind: 'kiosk', instruments: ['PHQ-9'] });
    await openForm(token, attending);
    const answered = await answer(token, 'PHQ-9', PHQ9, attending);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.patientId, patientId)));
    const assessmentId = (await storedFor(patientId))[0]!.id;
    expect(events.map((e) => [e.action, e.category, e.actorId, e.entityId, e.details])).toEqual([
      [
        'create',
        'self_report',
        attending.userId,
        id,
        expect.objectContaining({ kind: 'kiosk', instruments: ['PHQ-9'] }),
      ],
      ['read', 'self_report', null, id, { tokenId: id }],
      ['create', 'assessment', null, assessmentId, { instrument: 'PHQ-9', source: 'kiosk', tokenId: id }],
    ]);
    expect(events.at(-1)!.requestId).toBe(answered.headers['x-request-id']);
    expect(events.at(-1)!.actorRoles).toEqual([]);
  });

  it('records nothing for a refused token', async () => {
    const patientId = await admit('Ned', 'Nothing');
    const { token } = await issue(patientId, { kind: 'kiosk', instruments: ['PHQ-9'] });
    await answer(token, 'PHQ-9', PHQ9);
    const before = await t.db.select().from(auditEvents).where(eq(auditEvents.patientId, patientId));
    await openForm(token);
    await answer(token, 'PHQ-9', PHQ9);
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.patientId, patientId))).toHaveLength(
      before.length,
    );
  });
});

describe('expiry', () => {
  it('answers 410 outcomes.token_expired once a kiosk’s 30 minutes or a link’s 72 hours are over', async () => {
    const patientId = await admit('Eve', 'Expired');
    const kiosk = await issue(patientId, { kind: 'kiosk', instruments: ['PHQ-9'] });
    const link = await issue(patientId, { kind: 'link', instruments: ['GAD-7'] });
    const unanswered = await issue(patientId, { kind: 'link', instruments: ['PHQ-9'] });
    try {
      t.clock.advance(30 * MINUTE - 1);
      expect((await openForm(kiosk.token)).statusCode).toBe(200);
      t.clock.advance(1);
      const opened = await openForm(kiosk.token);
      expect(opened.statusCode).toBe(410);
      expect(opened.json().error.code).toBe('outcomes.token_expired');
      const late = await answer(kiosk.token, 'PHQ-9', PHQ9);
      expect(late.statusCode).toBe(410);
      expect(late.json().error.code).toBe('outcomes.token_expired');
      expect((await answer(link.token, 'GAD-7', GAD7)).statusCode).toBe(201);

      t.clock.set(new Date(Date.parse(NOW) + 72 * 60 * MINUTE));
      expect((await answer(unanswered.token, 'PHQ-9', PHQ9)).json().error.code).toBe('outcomes.token_expired');
      expect((await storedFor(patientId)).map((r) => r.instrument)).toEqual(['GAD-7']);
    } finally {
      t.clock.set(NOW);
    }
  });
});
