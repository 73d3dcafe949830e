import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../kernel/audit/index.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { tasks } from '../care/index.ts';
import { staff } from '../organization/index.ts';
import { episodes, staffPrograms } from '../programs/index.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from '../scheduling/test-fixtures.ts';

let t: TestApp;
let clinic: Clinic;
/** The attending of every patient here: their primary clinician. */
let clinician: Session;
/** Works in the same program and sees the same patients, but is nobody's primary clinician. */
let colleague: Session;
let recorder: Session;
/** Monday 2 … Friday 6 March 2026, 09:00–12:00 New York (14:00–17:00 UTC); the program asks 9 h a week. */
const sessionIds: Record<string, string> = {};
let absent: string;
let between: string;
let leaver: string;

interface Task {
  id: string;
  kind: string;
  patientId: string;
  assigneeRole: string;
  details: Record<string, unknown>;
}

beforeAll(async () => {
  // Login sessions outlive the days the clock walks through.
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 14, sessionAbsoluteHours: 24 * 14 });
  t.clock.set('2026-02-20T15:00:00Z');
  clinic = await setUpClinic(t);
  clinician = await t.login('psychiatrist');
  colleague = await t.login('therapist');
  recorder = await t.login('therapist');
  for (const who of [clinician, colleague, recorder]) {
    await t.db.insert(staff).values({ id: who.userId });
    await t.db.insert(staffPrograms).values({ staffId: who.userId, programId: clinic.programId });
  }
  const group = await t.call(clinic.director, { method: 'POST', url: '/api/groups', payload: groupBody(clinic) });
  expect(group.statusCode, group.body).toBe(201);
  const groupId = group.json().id;
  absent = await admitPatient(t, clinic, { given: 'Pat', family: 'Absent' });
  between = await admitPatient(t, clinic, { given: 'Pat', family: 'Between' });
  leaver = await admitPatient(t, clinic, { given: 'Pat', family: 'Leaver' });
  for (const patientId of [absent, between, leaver]) {
    await t.db.update(episodes).set({ attendingStaffId: clinician.userId }).where(eq(episodes.patientId, patientId));
    const enrolled = await t.call(clinic.frontDesk, {
      method: 'POST',
      url: `/api/groups/${groupId}/enrollments`,
      payload: { patientId, startDate: '2026-03-02' },
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
  }
  const list = await t.call(clinic.director, {
    method: 'GET',
    url: `/api/groups/${groupId}/sessions?from=2026-03-02&to=2026-03-06`,
  });
  for (const s of list.json().items) sessionIds[s.startsAt.slice(0, 10)] = s.id;
});
afterAll(() => t.close());

/** Records a day's roster a few minutes after its 09:00 start. */
async function recordDay(day: string, records: object[]) {
  t.clock.set(`${day}T14:05:00Z`);
  const res = await t.call(recorder, {
    method: 'PUT',
    url: `/api/sessions/${sessionIds[day]}/attendance`,
    payload: { records },
  });
  expect(res.statusCode, res.body).toBe(200);
}

const mark = (patientId: string, status: string, extra: object = {}) => ({
  patientId,
  status,
  modality: 'in_person',
  ...extra,
});

async function openTasks(session: Session): Promise<Task[]> {
  const res = await t.call(session, { method: 'GET', url: '/api/tasks?status=open' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

const ofKind = (items: Task[], kind: string, patientId: string) =>
  items.filter((i) => i.kind === kind && i.patientId === patientId);

describe('attendance alerts to the primary clinician', () => {
  it('raises nothing after one absence, or while the week can still reach its minimum', async () => {
    await recordDay('2026-03-02', [
      mark(absent, 'absent_unexcused'),
      mark(between, 'absent_excused'),
      mark(leaver, 'present'),
    ]);
    expect(await t.db.select().from(tasks)).toEqual([]);
  });

  it('raises one task after two absences in a row, for the attending clinician only, audited', async () => {
    // Two absences leave 9 h (Wednesday to Friday) ahead: exactly the minimum, not below it.
    await recordDay('2026-03-03', [
      mark(absent, 'absent_excused'),
      mark(between, 'present'),
      mark(leaver, 'left_early', { checkOutAt: '2026-03-03T15:00:00Z' }),
    ]);
    const mine = await openTasks(clinician);
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'consecutive_absences',
        patientId: absent,
        programId: clinic.programId,
        assigneeRole: 'primary_clinician',
        status: 'open',
        details: {
          absences: [
            { sessionId: sessionIds['2026-03-02'], date: '2026-03-02' },
            { sessionId: sessionIds['2026-03-03'], date: '2026-03-03' },
          ],
        },
      }),
    ]);
    expect(await openTasks(colleague)).toEqual([]);
    expect(await openTasks(recorder)).toEqual([]);

    const created = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.category, 'task'), eq(auditEvents.entityId, mine[0]!.id)));
    expect(created.map((e) => [e.action, e.patientId, e.actorId])).toEqual(
      expect.arrayContaining([
        ['create', absent, recorder.userId],
        ['read', absent, clinician.userId],
      ]),
    );
  });

  it('does not raise a second while one is open; an attendance in between breaks the streak', async () => {
    const cancelled = await t.call(clinic.director, {
      method: 'POST',
      url: `/api/sessions/${sessionIds['2026-03-06']}/cancel`,
      payload: { reason: 'Clinic closed' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await recordDay('2026-03-04', [mark(absent, 'absent_unexcused'), mark(between, 'absent_unexcused')]);
    const mine = await openTasks(clinician);
    expect(ofKind(mine, 'consecutive_absences', absent)).toHaveLength(1);
    expect(ofKind(mine, 'consecutive_absences', between)).toEqual([]);
  });

  it('raises a weekly task from a roster when the remaining sessions can no longer make the minimum', async () => {
    // Friday is cancelled: after today only Thursday's 3 h remain.
    expect(ofKind(await openTasks(clinician), 'weekly_hours_at_risk', between)).toEqual([
      expect.objectContaining({
        programId: clinic.programId,
        assigneeRole: 'primary_clinician',
        details: {
          weekStart: '2026-03-02',
          weekEnd: '2026-03-08',
          attendedHours: 3,
          scheduledRemainingHours: 3,
          requiredHours: 9,
          shortfallHours: 3,
        },
      }),
    ]);
    expect(ofKind(await openTasks(clinician), 'weekly_hours_at_risk', absent)).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ attendedHours: 0, shortfallHours: 6 }) }),
    ]);
    expect(await openTasks(colleague)).toEqual([]);
  });

  it('raises one from a check-out that leaves the week short; a check-in raises nothing', async () => {
    t.clock.set('2026-03-04T14:10:00Z');
    const arrived = await t.call(recorder, {
      method: 'POST',
      url: `/api/sessions/${sessionIds['2026-03-04']}/check-ins`,
      payload: { patientId: leaver, at: '2026-03-04T13:50:00Z' },
    });
    expect(arrived.statusCode, arrived.body).toBe(201);
    expect(ofKind(await openTasks(clinician), 'weekly_hours_at_risk', leaver)).toEqual([]);

    t.clock.set('2026-03-04T15:00:00Z');
    const left = await t.call(recorder, {
      method: 'POST',
      url: `/api/sessions/${sessionIds['2026-03-04']}/check-outs`,
      payload: { patientId: leaver },
    });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json().minutesAttended).toBe(60);
    // Monday 3 h + Tuesday 1 h + today 1 h = 5 h; Thursday's 3 h ahead; 9 h required.
    expect(ofKind(await openTasks(clinician), 'weekly_hours_at_risk', leaver)).toEqual([
      expect.objectContaining({
        details: {
          weekStart: '2026-03-02',
          weekEnd: '2026-03-08',
          attendedHours: 5,
          scheduledRemainingHours: 3,
          requiredHours: 9,
          shortfallHours: 1,
        },
      }),
    ]);
  });

  it('keeps one open weekly task per patient and week', async () => {
    await recordDay('2026-03-05', [mark(leaver, 'absent_excused'), mark(between, 'present')]);
    const mine = await openTasks(clinician);
    expect(ofKind(mine, 'weekly_hours_at_risk', leaver)).toHaveLength(1);
    expect(ofKind(mine, 'weekly_hours_at_risk', between)).toHaveLength(1);
    // Left early on Wednesday, absent today: not two absences in a row.
    expect(ofKind(mine, 'consecutive_absences', leaver)).toEqual([]);
  });
});
