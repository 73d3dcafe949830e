// A group session with a lead, a co-facilitator and a supervisor, four members and recorded
// attendance, for the notes tests. Test code only.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { cookieOf, ORIGIN, TEST_PASSWORD, type Session, type TestApp } from '../../testing/index.ts';
import { staff } from '../organization/index.ts';
import { staffPrograms } from '../programs/index.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from '../scheduling/test-fixtures.ts';

export interface GroupSession {
  clinic: Clinic;
  lead: Session;
  co: Session;
  supervisor: Session;
  groupId: string;
  /** Session ids by local date, Monday 2 March 2026 onwards, 09:00–12:00 New York. */
  sessionIds: Record<string, string>;
  /** Maria Lopez, Hope Garcia, Sam Ortiz (video), Ana Ruiz (absent on the first day). */
  members: string[];
  relogin(instant: string): Promise<void>;
}

const MEMBERS = [
  { given: 'Maria', family: 'Lopez' },
  { given: 'Hope', family: 'Garcia' },
  { given: 'Sam', family: 'Ortiz' },
  { given: 'Ana', family: 'Ruiz' },
];

async function clinician(
  t: TestApp,
  clinic: Clinic,
  role: string,
  name: { given: string; family: string },
  credentials: string,
) {
  const session = await t.login(role, name);
  await t.db.insert(staff).values({ id: session.userId, credentials });
  await t.db.insert(staffPrograms).values({ staffId: session.userId, programId: clinic.programId });
  return session;
}

export async function setUpGroupSession(t: TestApp): Promise<GroupSession> {
  t.clock.set('2026-02-20T15:00:00Z');
  const clinic = await setUpClinic(t);
  const supervisor = await clinician(t, clinic, 'psychiatrist', { given: 'Sofia', family: 'Super' }, 'MD');
  const lead = await clinician(t, clinic, 'therapist', { given: 'Lena', family: 'Lead' }, 'LCSW');
  await t.db.update(staff).set({ supervisorId: supervisor.userId }).where(eq(staff.id, lead.userId));
  const co = await clinician(t, clinic, 'therapist', { given: 'Cole', family: 'Co' }, 'LPC');
  const created = await t.call(clinic.director, {
    method: 'POST',
    url: '/api/groups',
    payload: groupBody(clinic, {
      facilitators: [
        { staffId: lead.userId, role: 'lead' },
        { staffId: co.userId, role: 'co' },
        { staffId: supervisor.userId, role: 'supervisor' },
      ],
    }),
  });
  expect(created.statusCode, created.body).toBe(201);
  const groupId: string = created.json().id;
  const members: string[] = [];
  for (const name of MEMBERS) {
    const id = await admitPatient(t, clinic, name);
    members.push(id);
    const enrolled = await t.call(clinic.frontDesk, {
      method: 'POST',
      url: `/api/groups/${groupId}/enrollments`,
      payload: { patientId: id, startDate: '2026-03-02' },
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
  }
  const list = await t.call(clinic.director, {
    method: 'GET',
    url: `/api/groups/${groupId}/sessions?from=2026-03-02&to=2026-03-06`,
  });
  const sessionIds: Record<string, string> = {};
  for (const s of list.json().items) sessionIds[s.startsAt.slice(0, 10)] = s.id;

  async function relogin(instant: string): Promise<void> {
    t.clock.set(instant);
    for (const session of [lead, co, supervisor, clinic.director, clinic.frontDesk]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: ORIGIN },
        payload: { email: session.email, password: TEST_PASSWORD },
      });
      expect(res.statusCode, res.body).toBe(200);
      session.headers = { cookie: cookieOf(res), origin: ORIGIN };
    }
  }
  return { clinic, lead, co, supervisor, groupId, sessionIds, members, relogin };
}

/** Attendance of one session: the first three attend (the third on video), the fourth is absent. */
export async function recordAttendance(t: TestApp, g: GroupSession, sessionId: string): Promise<void> {
  const [a, b, c, d] = g.members;
  const res = await t.call(g.lead, {
    method: 'PUT',
    url: `/api/sessions/${sessionId}/attendance`,
    payload: {
      records: [
        { patientId: a, status: 'present', modality: 'in_person' },
        { patientId: b, status: 'present', modality: 'in_person' },
        { patientId: c, status: 'present', modality: 'telehealth_video' },
        { patientId: d, status: 'absent_unexcused', modality: 'in_person' },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(200);
}

export interface EntryPayload {
  patientId: string;
  goalsAddressed: string | string[];
  participation: string;
  response: string;
  plan: string;
  risk?: string;
}

/** Three individualized entries for the attending members. */
export function distinctEntries(g: GroupSession): EntryPayload[] {
  const [a, b, c] = g.members as [string, string, string];
  return [
    {
      patientId: a,
      goalsAddressed: ['Reduce panic attacks'],
      participation: 'Spoke first and described a panic episode on the bus to work.',
      response: 'Practised paced breathing twice and rated her anxiety down from 7 to 4.',
      plan: 'Log two bus rides this week using the breathing card.',
    },
    {
      patientId: b,
      goalsAddressed: 'Set limits with family',
      participation: 'Quiet until the role-play, then volunteered to go first.',
      response: 'Asserted a boundary with her sister in the role-play without apologising.',
      plan: 'Call her sister on Sunday and use the script written today.',
      risk: 'Denies suicidal ideation.',
    },
    {
      patientId: c,
      goalsAddressed: ['Stay sober', 'Budget'],
      participation: 'Joined by video from home; camera on throughout.',
      response: 'Named payday as his strongest trigger and built a plan for Friday evening.',
      plan: 'Bring a budget sheet to Wednesday group and attend a Thursday meeting.',
    },
  ];
}
