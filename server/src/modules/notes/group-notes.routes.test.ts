import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { attendance } from '../attendance/index.ts';
import { staff } from '../organization/index.ts';
import { notes } from './notes.tables.ts';
import { distinctEntries, recordAttendance, setUpGroupSession, type GroupSession } from './test-fixtures.ts';

let t: TestApp;
let g: GroupSession;
let sessionId: string;
let outsider: Session;
const narrative = {
  topic: 'Coping with triggers',
  interventions: 'CBT thought record, paced breathing, role-play',
  materials: 'Breathing card',
  narrative: 'The group reviewed last week’s homework, then practised paced breathing and a boundary role-play.',
};

beforeAll(async () => {
  t = await createTestApp();
  g = await setUpGroupSession(t);
  sessionId = g.sessionIds['2026-03-02']!;
  await g.relogin('2026-03-02T14:05:00Z');
  outsider = await t.login('therapist', { given: 'Otto', family: 'Side' });
  await t.db.insert(staff).values({ id: outsider.userId });
  await recordAttendance(t, g, sessionId);
});
afterAll(() => t.close());

const url = (path = '') => `/api/sessions/${sessionId}/note${path}`;
const getNote = (who: Session) => t.call(who, { method: 'GET', url: url() });
const putNote = (who: Session, payload: object, headers: Record<string, string> = {}) =>
  t.call(who, { method: 'PUT', url: url(), payload, headers });
const sign = (who: Session) => t.call(who, { method: 'POST', url: url('/sign') });
/** The database's own refusal, unwrapped from the driver's error. */
const refusal = (statement: ReturnType<typeof sql>) =>
  t.db.execute(statement).then(
    () => 'accepted',
    (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
  );
const noteRows = () => t.db.select().from(notes).where(eq(notes.sessionId, sessionId));

describe('drafting a group note', () => {
  it('shows an empty draft with the members and their attendance before anything is saved', async () => {
    const res = await getNote(g.co);
    expect(res.statusCode, res.body).toBe(200);
    const note = res.json();
    expect(note).toMatchObject({ id: null, status: 'draft', version: 0, narrative: '', entries: [] });
    expect(
      note.members.map((m: { familyName: string; attendanceStatus: string; entryRequired: boolean }) => [
        m.familyName,
        m.attendanceStatus,
        m.entryRequired,
      ]),
    ).toEqual([
      ['Garcia', 'present', true],
      ['Lopez', 'present', true],
      ['Ortiz', 'present', true],
      ['Ruiz', 'absent_unexcused', false],
    ]);
    expect(note.dueAt).toBe('2026-03-03T17:00:00.000Z');
  });

  it('refuses bad entries with a field path and writes nothing', async () => {
    const [, , , absent] = g.members;
    const notMember = await putNote(g.lead, { ...narrative, entries: [{ patientId: g.clinic.programId }] });
    expect(notMember.statusCode).toBe(422);
    expect(notMember.json().error).toMatchObject({
      code: 'notes.not_on_roster',
      details: [{ path: 'entries.0.patientId' }],
    });
    const forAbsent = await putNote(g.lead, { ...narrative, entries: [{ patientId: absent }] });
    expect(forAbsent.json().error).toMatchObject({
      code: 'notes.entry_for_absent',
      details: [{ path: 'entries.0.patientId' }],
    });
    const twice = await putNote(g.lead, {
      ...narrative,
      entries: [{ patientId: g.members[0] }, { patientId: g.members[0] }],
    });
    expect(twice.json().error.code).toBe('notes.duplicate_patient');
    const unknownField = await putNote(g.lead, { ...narrative, entries: [], mood: 'good' });
    expect(unknownField.statusCode).toBe(400);
    expect(await noteRows()).toEqual([]);
  });

  it('lets only the session’s facilitators read and write it', async () => {
    expect((await getNote(outsider)).json().error.code).toBe('notes.not_facilitator');
    expect((await putNote(outsider, { ...narrative, entries: [] })).statusCode).toBe(403);
    expect((await getNote(g.clinic.frontDesk)).statusCode).toBe(403);
    // A program director reviews notes without facilitating.
    expect((await getNote(g.clinic.director)).statusCode).toBe(200);
  });

  it('saves drafts with a version, and a stale write gets 409 while the newer draft stays', async () => {
    const first = await putNote(g.co, { ...narrative, entries: distinctEntries(g).slice(0, 1) });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe('"1"');
    expect(first.json()).toMatchObject({ version: 1, topic: 'Coping with triggers' });
    expect(first.json().entries[0].goalsAddressed).toEqual(['Reduce panic attacks']);

    const second = await putNote(g.lead, { ...narrative, entries: distinctEntries(g) }, { 'if-match': '"1"' });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().version).toBe(2);
    expect(second.json().entries[1].goalsAddressed).toEqual(['Set limits with family']);

    const stale = await putNote(g.co, { ...narrative, narrative: 'Older text', entries: [] }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'notes.version_conflict', details: [{ path: 'version' }] });
    const now = (await getNote(g.lead)).json();
    expect(now).toMatchObject({ version: 2, narrative: narrative.narrative });
    expect(now.entries).toHaveLength(3);
  });

  it('audits every draft write and read with the member it concerns', async () => {
    const [note] = await noteRows();
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, note!.id), eq(auditEvents.category, 'note')));
    const updated = events.filter((e) => e.action === 'update').map((e) => e.patientId);
    expect(new Set(updated)).toEqual(new Set(g.members.slice(0, 3)));
    expect(events.some((e) => e.action === 'read' && e.patientId === g.members[3])).toBe(true);
  });
});

describe('signing', () => {
  it('is for the lead facilitator only', async () => {
    expect((await sign(g.co)).json().error.code).toBe('notes.not_lead');
    expect((await sign(outsider)).json().error.code).toBe('notes.not_facilitator');
  });

  it('refuses a note missing a present member’s entry (notes.incomplete)', async () => {
    const version = (await getNote(g.lead)).json().version;
    await putNote(g.lead, { ...narrative, entries: distinctEntries(g).slice(0, 2), version });
    const res = await sign(g.lead);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('notes.incomplete');
    expect(res.json().error.details).toEqual([{ path: `entries.${g.members[2]}`, message: 'no entry for Sam' }]);
  });

  it('refuses a note naming another member, and the response marks where', async () => {
    const entries = distinctEntries(g);
    entries[0]!.response = 'Practised paced breathing with Sam and rated her anxiety down from 7 to 4.';
    const saved = await putNote(g.lead, { ...narrative, entries });
    expect(saved.json().mentions).toEqual([
      { path: `entries.${g.members[0]}.response`, patientId: g.members[2], text: 'Sam', start: 31, end: 34 },
    ]);
    const res = await sign(g.lead);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'notes.names_other_member',
      details: [{ path: `entries.${g.members[0]}.response`, message: expect.stringContaining('"Sam"') }],
    });
  });

  it('refuses near-copies, naming the pair, with a low live score', async () => {
    const entries = distinctEntries(g);
    entries[2] = { ...entries[0]!, patientId: g.members[2]!, goalsAddressed: ['Stay sober'] };
    const saved = (await putNote(g.lead, { ...narrative, entries })).json();
    expect(saved.individualization.findings).toEqual([
      { kind: 'within_session', patientIds: [g.members[0], g.members[2]], similarity: 1 },
    ]);
    expect(saved.individualization.score).toBe(0);
    expect(saved.individualization.minimumScore).toBe(50);
    const res = await sign(g.lead);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'notes.not_individualized',
      details: [
        { path: `entries.${g.members[0]}`, message: expect.stringContaining(`Sam's entry (entries.${g.members[2]}`) },
      ],
    });
    expect((await noteRows())[0]!.status).toBe('draft');
  });

  it('signs a complete, individualized note with the lead’s credentials and confirms attendance', async () => {
    const saved = (await putNote(g.lead, { ...narrative, entries: distinctEntries(g) })).json();
    expect(saved.individualization.findings).toEqual([]);
    expect(saved.individualization.score).toBeGreaterThan(50);
    await g.relogin('2026-03-02T17:20:00Z');
    const res = await sign(g.lead);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'signed',
      signature: { staffId: g.lead.userId, name: 'Lena Lead', credentials: 'LCSW', at: '2026-03-02T17:20:00.000Z' },
      cosignature: null,
    });
    const rows = await t.db.select().from(attendance).where(eq(attendance.sessionId, sessionId));
    expect(rows.every((r) => r.confirmedAt?.toISOString() === '2026-03-02T17:20:00.000Z')).toBe(true);
    // From now on the attendance is final: changes are refused.
    const change = await t.call(g.lead, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/check-outs`,
      payload: { patientId: g.members[0], at: '2026-03-02T17:00:00Z' },
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.code).toBe('attendance.confirmed');
  });

  it('cannot change afterwards, through the API or in the database', async () => {
    const res = await putNote(g.lead, { ...narrative, entries: distinctEntries(g) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('notes.locked');
    expect((await sign(g.lead)).json().error.code).toBe('notes.locked');
    const [note] = await noteRows();
    expect(await refusal(sql`update notes set content = '{}' where id = ${note!.id}`)).toMatch(/is signed/);
    expect(await refusal(sql`delete from note_entries where note_id = ${note!.id}`)).toMatch(/signed note/);
    expect(await refusal(sql`update note_entries set plan = 'x' where note_id = ${note!.id}`)).toMatch(/signed note/);
    // Co-signing is the one change allowed, and only on its own.
    expect(await refusal(sql`update notes set status = 'cosigned', content = '{}' where id = ${note!.id}`)).toMatch(
      /is signed/,
    );
    expect((await noteRows())[0]!.content).toMatchObject({ narrative: narrative.narrative });
  });

  it('is co-signed by the supervisor, who does not become the author of record', async () => {
    await g.relogin('2026-03-02T18:00:00Z');
    expect((await t.call(g.co, { method: 'POST', url: url('/cosign') })).json().error.code).toBe(
      'notes.not_supervisor',
    );
    const res = await t.call(g.supervisor, { method: 'POST', url: url('/cosign') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'cosigned',
      signature: { staffId: g.lead.userId, name: 'Lena Lead' },
      cosignature: { staffId: g.supervisor.userId, name: 'Sofia Super', credentials: 'MD' },
    });
    expect((await noteRows())[0]!.authorId).toBe(g.lead.userId);
    const again = await t.call(g.supervisor, { method: 'POST', url: url('/cosign') });
    expect(again.json().error.code).toBe('notes.already_cosigned');
  });

  it('takes addenda after signing, which are append-only', async () => {
    const res = await t.call(g.co, {
      method: 'POST',
      url: url('/addenda'),
      payload: { text: 'Late entry: the third member asked for a sponsor list after group.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().author).toMatchObject({ name: 'Cole Co', credentials: 'LPC' });
    expect((await getNote(g.lead)).json().addenda).toHaveLength(1);
    expect(await refusal(sql`update note_addenda set text = 'x'`)).toMatch(/append-only/);
    const empty = await t.call(g.co, { method: 'POST', url: url('/addenda'), payload: { text: '' } });
    expect(empty.statusCode).toBe(400);
  });
});

describe('a member’s chart', () => {
  it('shows the shared narrative and only that member’s own entry', async () => {
    const [maria, hope] = g.members;
    const res = await t.call(g.clinic.director, { method: 'GET', url: `/api/patients/${hope}/notes` });
    expect(res.statusCode, res.body).toBe(200);
    const [item] = res.json().items;
    expect(item).toMatchObject({
      kind: 'group',
      title: 'Coping skills',
      status: 'cosigned',
      narrative: { narrative: narrative.narrative },
      entry: { patientId: hope, plan: distinctEntries(g)[1]!.plan },
    });
    for (const other of [maria, g.members[2], g.members[3]]) expect(res.body).not.toContain(other);
    for (const name of ['Maria', 'Lopez', 'Ortiz', 'Ruiz', 'payday']) expect(res.body).not.toContain(name);
  });

  it('does not list a group note for a member recorded absent', async () => {
    const res = await t.call(g.clinic.director, { method: 'GET', url: `/api/patients/${g.members[3]}/notes` });
    expect(res.json().items).toEqual([]);
  });
});

describe('the next session', () => {
  it('compares a member’s entry with their own previous entries', async () => {
    const next = g.sessionIds['2026-03-03']!;
    await g.relogin('2026-03-03T14:05:00Z');
    await recordAttendance(t, g, next);
    const entries = distinctEntries(g);
    entries[1] = {
      ...entries[1]!,
      participation: 'Arrived early and set up the chairs.',
      response: 'Talked about her mother’s illness and cried; accepted support from the group.',
      plan: 'Meet her case manager about respite care.',
    };
    entries[2] = {
      ...entries[2]!,
      participation: 'In person today, first time in two weeks.',
      response: 'Rehearsed refusing a drink at a party, twice, and asked for feedback.',
      plan: 'Tell his roommate about the sobriety plan before the weekend.',
    };
    const res = await t.call(g.lead, {
      method: 'PUT',
      url: `/api/sessions/${next}/note`,
      payload: { ...narrative, entries },
    });
    const findings = res.json().individualization.findings;
    const maria = res.json().members.find((m: { patientId: string }) => m.patientId === g.members[0]);
    expect(maria.goalOptions).toEqual(['Reduce panic attacks']);
    const [note] = await noteRows();
    expect(findings).toEqual([
      { kind: 'previous', patientIds: [g.members[0]], previousNoteId: note!.id, similarity: 1 },
    ]);
  });
});
