import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { systemContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import type { NewTask } from './index.ts';

let t: TestApp;
let desk: Session;
let therapist: Session;
let admin: Session;
let patientId: string;
const ids: Record<string, string> = {};

async function raise(task: Partial<NewTask> & Pick<NewTask, 'assigneeRole'>): Promise<string> {
  const { id } = await t.db.transaction((tx) =>
    t.modules.care.createTask(tx, systemContext('test'), {
      kind: 'waitlist_promoted',
      title: 'Call the patient',
      programId: null,
      patientId: null,
      details: {},
      ...task,
    }),
  );
  t.clock.advance(1000);
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  desk = await t.login('front_desk');
  therapist = await t.login('therapist');
  admin = await t.login('admin');
  // No episode anywhere: the front desk sees every patient, a therapist sees only their programs'.
  patientId = newId();
  await t.db.insert(patients).values({
    id: patientId,
    mrn: '555001',
    givenName: 'Ana',
    familyName: 'Ruiz',
    birthDate: '1990-04-02',
    sex: 'F',
    createdAt: t.clock.now(),
  });
  ids.deskPatient = await raise({ assigneeRole: 'front_desk', patientId, details: { groupId: 'g1' } });
  ids.deskPlain = await raise({ assigneeRole: 'front_desk', kind: 'room_check', title: 'Check room 2' });
  ids.therapistPlain = await raise({ assigneeRole: 'therapist', title: 'Plan the new group' });
  ids.therapistPatient = await raise({ assigneeRole: 'therapist', patientId, title: 'Review Ana' });
});
afterAll(() => t.close());

const listIds = async (session: Session, query = '') => {
  const res = await t.call(session, { method: 'GET', url: `/api/tasks${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((i: { id: string }) => i.id) as string[];
};

describe('GET /api/tasks', () => {
  it("lists the tasks addressed to the caller's roles, newest first, with their patient data audited", async () => {
    const res = await t.call(desk, { method: 'GET', url: '/api/tasks?status=open' });
    expect(res.json()).toEqual({
      items: [
        expect.objectContaining({ id: ids.deskPlain, patientId: null }),
        {
          id: ids.deskPatient,
          kind: 'waitlist_promoted',
          title: 'Call the patient',
          programId: null,
          patientId,
          assigneeRole: 'front_desk',
          assigneeStaffId: null,
          priority: 'routine',
          details: { groupId: 'g1' },
          status: 'open',
          createdAt: expect.any(String),
          completedAt: null,
        },
      ],
      nextCursor: null,
    });
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, String(res.headers['x-request-id'])));
    expect(events.map((e) => [e.action, e.category, e.patientId, e.entityId])).toEqual([
      ['read', 'task', patientId, ids.deskPatient],
    ]);
  });

  it('hides tasks about patients the caller may not see; an administrator sees every task', async () => {
    expect(await listIds(therapist)).toEqual([ids.therapistPlain]);
    expect((await listIds(admin)).sort()).toEqual(Object.values(ids).sort());
  });

  it('pages with a cursor', async () => {
    const first = (await t.call(admin, { method: 'GET', url: '/api/tasks?limit=3' })).json();
    expect(first.items).toHaveLength(3);
    expect(await listIds(admin, `?limit=3&cursor=${first.nextCursor}`)).toEqual([ids.deskPatient]);
  });
});

describe('POST /api/tasks/{id}/complete', () => {
  it('completes a task once, for a holder of its role, and audits it', async () => {
    const notMine = await t.call(therapist, { method: 'POST', url: `/api/tasks/${ids.deskPatient}/complete` });
    expect(notMine.statusCode).toBe(404);
    expect(notMine.json().error.code).toBe('care.task_not_found');

    t.clock.set('2026-01-05T14:05:00Z');
    const res = await t.call(desk, { method: 'POST', url: `/api/tasks/${ids.deskPatient}/complete` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: ids.deskPatient, status: 'done', completedAt: '2026-01-05T14:05:00.000Z' });
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, String(res.headers['x-request-id'])));
    expect(events).toContainEqual(expect.objectContaining({ action: 'update', patientId, actorId: desk.userId }));

    const again = await t.call(desk, { method: 'POST', url: `/api/tasks/${ids.deskPatient}/complete` });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('care.task_done');
    expect(await listIds(desk, '?status=done')).toEqual([ids.deskPatient]);
    expect(await listIds(desk, '?status=open')).toEqual([ids.deskPlain]);
  });

  it('answers 404 for an unknown task', async () => {
    const res = await t.call(admin, { method: 'POST', url: `/api/tasks/${newId()}/complete` });
    expect(res.statusCode).toBe(404);
  });
});

describe('tasks addressed to a person', () => {
  let colleague: Session;
  const personal: Record<string, string> = {};
  beforeAll(async () => {
    colleague = await t.login('therapist');
    await t.db.insert(staff).values([{ id: therapist.userId }, { id: colleague.userId }]);
    personal.mine = await raise({ assigneeRole: 'primary_clinician', assigneeStaffId: therapist.userId });
    // Addressed to a role the colleague holds, yet to someone else: the person decides, not the role.
    personal.roleButNotMine = await raise({ assigneeRole: 'therapist', assigneeStaffId: therapist.userId });
  });

  it('lists and completes them for that person and administrators only', async () => {
    const mine = await listIds(therapist, '?status=open');
    expect(mine).toEqual(expect.arrayContaining([personal.mine, personal.roleButNotMine]));
    expect(await listIds(colleague, '?status=open')).toEqual([ids.therapistPlain]);
    expect(await listIds(desk)).not.toContain(personal.mine);
    expect(await listIds(admin)).toEqual(expect.arrayContaining(Object.values(personal)));

    const refused = await t.call(colleague, { method: 'POST', url: `/api/tasks/${personal.mine}/complete` });
    expect(refused.statusCode).toBe(404);
    const done = await t.call(therapist, { method: 'POST', url: `/api/tasks/${personal.mine}/complete` });
    expect(done.statusCode, done.body).toBe(200);
  });

  it('raises many in one call, audited, and tells a raiser which are still open for a kind and patients', async () => {
    const other = newId();
    await t.db.insert(patients).values({
      id: other,
      mrn: '555002',
      givenName: 'Bo',
      familyName: 'Lee',
      birthDate: '1985-01-01',
      sex: 'M',
      createdAt: t.clock.now(),
    });
    const batch = (patient: string, week: string): NewTask => ({
      kind: 'weekly_check',
      title: 'Check the week',
      programId: null,
      patientId: patient,
      assigneeRole: 'primary_clinician',
      assigneeStaffId: therapist.userId,
      details: { week },
    });
    const ctx = systemContext('batch');
    const created = await t.db.transaction((tx) =>
      t.modules.care.createTasks(tx, ctx, [batch(patientId, 'w1'), batch(other, 'w1')]),
    );
    expect(created).toHaveLength(2);
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.requestId, 'batch'));
    expect(events.map((e) => [e.action, e.category, e.patientId, e.entityId])).toEqual(
      expect.arrayContaining([
        ['create', 'task', patientId, created[0]!.id],
        ['create', 'task', other, created[1]!.id],
      ]),
    );

    await t.call(admin, { method: 'POST', url: `/api/tasks/${created[1]!.id}/complete` });
    const open = await t.db.transaction((tx) => t.modules.care.openTasks(tx, 'weekly_check', [patientId, other]));
    expect(open).toEqual([{ id: created[0]!.id, patientId, details: { week: 'w1' } }]);
    expect(await t.db.transaction((tx) => t.modules.care.openTasks(tx, 'other_kind', [patientId]))).toEqual([]);
  });
});

describe('task priority', () => {
  it('puts urgent tasks first, however old', async () => {
    const urgent = await raise({ assigneeRole: 'front_desk', priority: 'urgent', title: 'Call back now' });
    const later = await raise({ assigneeRole: 'front_desk', title: 'Restock forms' });
    const listed = await listIds(desk, '?status=open');
    expect(listed.slice(0, 2)).toEqual([urgent, later]);
  });
});
