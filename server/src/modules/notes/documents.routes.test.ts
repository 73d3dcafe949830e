import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { staff } from '../organization/index.ts';
import { recordAttendance, setUpGroupSession, type GroupSession } from './test-fixtures.ts';

let t: TestApp;
let g: GroupSession;
let patientId: string;
let stranger: Session;

beforeAll(async () => {
  t = await createTestApp();
  g = await setUpGroupSession(t);
  patientId = g.members[0]!;
  await g.relogin('2026-03-02T14:05:00Z');
  // A therapist outside the program: the patient is not theirs to see.
  stranger = await t.login('therapist', { given: 'Stan', family: 'Ger' });
  await t.db.insert(staff).values({ id: stranger.userId });
});
afterAll(() => t.close());

const create = (who: Session, payload: object) =>
  t.call(who, { method: 'POST', url: `/api/patients/${patientId}/notes`, payload });

describe('patient documents', () => {
  let id: string;

  it('lists the templates with their sections', async () => {
    const res = await t.call(g.lead, { method: 'GET', url: '/api/note-templates' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { kind: string }) => i.kind)).toEqual([
      'individual_therapy',
      'admission_assessment',
      'continued_stay_review',
      'discharge_summary',
    ]);
  });

  it('refuses an unknown template or section, and a patient the author may not see', async () => {
    expect((await create(g.lead, { template: 'progress_poem' })).json().error).toMatchObject({
      code: 'notes.unknown_template',
      details: [{ path: 'template' }],
    });
    const badSection = await create(g.lead, { template: 'discharge_summary', sections: { haiku: 'x' } });
    expect(badSection.json().error).toMatchObject({
      code: 'notes.unknown_section',
      details: [{ path: 'sections.haiku' }],
    });
    expect((await create(stranger, { template: 'discharge_summary' })).statusCode).toBe(404);
    const groupSession = await create(g.lead, {
      template: 'individual_therapy',
      sessionId: g.sessionIds['2026-03-02'],
    });
    expect(groupSession.json().error).toMatchObject({ code: 'notes.not_on_roster', details: [{ path: 'sessionId' }] });
  });

  it('creates a draft the author edits with version checks', async () => {
    const res = await create(g.lead, {
      template: 'admission_assessment',
      sections: { referral: 'Referred by her PCP.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      status: 'draft',
      version: 1,
      title: 'Admission assessment',
      authorId: g.lead.userId,
    });
    expect(res.json().dueAt).toBe('2026-03-03T14:05:00.000Z');
    const put = (who: Session, payload: object, headers = {}) =>
      t.call(who, { method: 'PUT', url: `/api/notes/${id}`, payload, headers });
    expect((await put(g.co, { sections: { referral: 'x' } })).json().error.code).toBe('notes.not_author');
    const saved = await put(
      g.lead,
      { sections: { referral: 'Referred by her PCP.', presentingProblem: 'Panic.' } },
      { 'if-match': '"1"' },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    const stale = await put(g.lead, { sections: { referral: 'Old' }, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('notes.version_conflict');
  });

  it('signs only when every required section is written', async () => {
    const refused = await t.call(g.lead, { method: 'POST', url: `/api/notes/${id}/sign` });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('notes.incomplete');
    expect(refused.json().error.details.map((d: { path: string }) => d.path)).toContain('sections.mentalStatus');
    const sections = {
      referral: 'Referred by her PCP.',
      presentingProblem: 'Panic attacks on public transport for six months.',
      psychiatricHistory: 'One prior episode of depression, outpatient treatment.',
      substanceUse: 'Alcohol two drinks weekly; no other substances.',
      medical: 'Asthma; sertraline 50 mg.',
      mentalStatus: 'Alert, anxious affect, linear thought process.',
      risk: 'Denies suicidal ideation; no history of attempts.',
      formulation: 'Panic disorder with agoraphobic avoidance.',
      levelOfCare: 'IOP: daily functioning impaired, safe to live at home.',
      initialPlan: 'CBT for panic, three groups a week, medication review.',
    };
    await t.call(g.lead, { method: 'PUT', url: `/api/notes/${id}`, payload: { sections } });
    const signed = await t.call(g.lead, { method: 'POST', url: `/api/notes/${id}/sign` });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', signature: { name: 'Lena Lead', credentials: 'LCSW' } });
    const edit = await t.call(g.lead, { method: 'PUT', url: `/api/notes/${id}`, payload: { sections } });
    expect(edit.json().error.code).toBe('notes.locked');
    const refusal = await t.db.execute(sql`update notes set content = '{}' where id = ${id}`).then(
      () => 'accepted',
      (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
    );
    expect(refusal).toMatch(/is signed/);
  });

  it('is co-signed by the author’s supervisor only', async () => {
    const cosign = (who: Session) => t.call(who, { method: 'POST', url: `/api/notes/${id}/cosign` });
    expect((await cosign(g.co)).json().error.code).toBe('notes.not_supervisor');
    expect((await cosign(g.lead)).json().error.code).toBe('notes.not_supervisor');
    const res = await cosign(g.supervisor);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'cosigned',
      cosignature: { name: 'Sofia Super' },
      authorId: g.lead.userId,
    });
  });

  it('appears on the chart, with addenda', async () => {
    const added = await t.call(g.co, {
      method: 'POST',
      url: `/api/notes/${id}/addenda`,
      payload: { text: 'Allergy to penicillin reported later.' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const chart = await t.call(g.clinic.director, { method: 'GET', url: `/api/patients/${patientId}/notes` });
    expect(chart.json().items[0]).toMatchObject({
      id,
      kind: 'admission_assessment',
      status: 'cosigned',
      sections: { referral: 'Referred by her PCP.' },
      addenda: [{ text: 'Allergy to penicillin reported later.' }],
    });
    expect((await t.call(stranger, { method: 'GET', url: `/api/notes/${id}` })).statusCode).toBe(404);
  });
});

describe('the unsigned-notes queue', () => {
  it('lists ended sessions the lead has not signed, documents in draft and notes awaiting co-signature', async () => {
    const sessionId = g.sessionIds['2026-03-02']!;
    await recordAttendance(t, g, sessionId);
    await create(g.lead, { template: 'continued_stay_review' });
    const queue = async (who: Session) =>
      (await t.call(who, { method: 'GET', url: '/api/notes/unsigned' })).json().items;

    // Before the session ends only the draft document is owed.
    expect((await queue(g.lead)).map((i: { kind: string }) => i.kind)).toEqual(['continued_stay_review']);
    await g.relogin('2026-03-04T09:00:00Z');
    const owed = await queue(g.lead);
    expect(owed).toContainEqual(
      expect.objectContaining({
        kind: 'group',
        sessionId,
        noteId: null,
        title: 'Coping skills',
        dueAt: '2026-03-03T17:00:00.000Z',
        overdue: true,
        awaiting: 'signature',
      }),
    );
    expect(await queue(g.co)).toEqual([]);
    expect(await queue(g.supervisor)).toEqual([]);
  });
});
