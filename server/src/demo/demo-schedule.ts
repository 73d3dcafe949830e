// The demo program's week: recurring groups for each program (PHP by day, the two IOPs in the
// evening), every admitted patient enrolled from admission, one group full with a waitlist, and a few
// individual appointments. Synthetic like the rest of the demo; loaded through the same services.
import type { RequestContext } from '../kernel/http/index.ts';
import type { Modules } from '../modules.ts';
import { localInstant } from '../modules/scheduling/index.ts';

export interface DemoCensus {
  programIds: { mentalHealthIop: string; substanceUseIop: string; php: string };
  roomIds: Map<string, string>;
  staffIds: Map<string, string>;
  /** Admitted patients by program key, with their admission dates. */
  admitted: Map<keyof DemoCensus['programIds'], { patientId: string; admitDate: string }[]>;
}

type ProgramKey = keyof DemoCensus['programIds'];
type Kind = 'group_psychotherapy' | 'psychoeducation' | 'skills' | 'activity_therapy';

interface DemoGroup {
  program: ProgramKey;
  name: string;
  kind: Kind;
  room: string;
  days: string;
  startTime: string;
  durationMinutes: number;
  capacity: number;
  facilitators: [staffKey: string, role: 'lead' | 'co' | 'peer' | 'supervisor'][];
}

// PHP: four hours a day, five days (20 h/week); each IOP: three hours, three evenings (9 h/week).
const GROUPS: DemoGroup[] = [
  {
    program: 'php',
    name: 'Morning check-in and process',
    kind: 'group_psychotherapy',
    room: 'Group Room A',
    days: 'MO,TU,WE,TH,FR',
    startTime: '09:00',
    durationMinutes: 60,
    capacity: 10,
    // The psychiatrist supervises the morning group and co-signs its notes.
    facilitators: [
      ['therapist', 'lead'],
      ['nurse', 'co'],
      ['psychiatrist', 'supervisor'],
    ],
  },
  {
    program: 'php',
    name: 'DBT skills',
    kind: 'skills',
    room: 'Group Room B',
    days: 'MO,TU,WE,TH,FR',
    startTime: '10:15',
    durationMinutes: 60,
    capacity: 10,
    facilitators: [['therapist2', 'lead']],
  },
  {
    program: 'php',
    name: 'Illness and recovery education',
    kind: 'psychoeducation',
    room: 'Group Room A',
    days: 'MO,TU,WE,TH,FR',
    startTime: '11:30',
    durationMinutes: 60,
    capacity: 10,
    facilitators: [
      ['therapist', 'lead'],
      ['peer_specialist', 'peer'],
    ],
  },
  {
    program: 'php',
    name: 'Expressive activity',
    kind: 'activity_therapy',
    room: 'Group Room B',
    days: 'MO,TU,WE,TH,FR',
    startTime: '13:15',
    durationMinutes: 60,
    capacity: 6,
    facilitators: [['therapist2', 'lead']],
  },
  {
    program: 'mentalHealthIop',
    name: 'Evening process group',
    kind: 'group_psychotherapy',
    room: 'Group Room A',
    days: 'MO,WE,FR',
    startTime: '17:00',
    durationMinutes: 90,
    capacity: 10,
    facilitators: [['therapist2', 'lead']],
  },
  {
    program: 'mentalHealthIop',
    name: 'Coping skills',
    kind: 'skills',
    room: 'Group Room A',
    days: 'MO,WE,FR',
    startTime: '18:40',
    durationMinutes: 90,
    capacity: 10,
    facilitators: [['therapist', 'lead']],
  },
  {
    program: 'substanceUseIop',
    name: 'Recovery process group',
    kind: 'group_psychotherapy',
    room: 'Group Room 1',
    days: 'MO,TU,TH',
    startTime: '17:00',
    durationMinutes: 90,
    capacity: 10,
    facilitators: [
      ['therapist', 'lead'],
      ['peer_specialist', 'peer'],
    ],
  },
  {
    program: 'substanceUseIop',
    name: 'Relapse prevention skills',
    kind: 'skills',
    room: 'Group Room 1',
    days: 'MO,TU,TH',
    startTime: '18:40',
    durationMinutes: 90,
    capacity: 10,
    facilitators: [['therapist2', 'lead']],
  },
];

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (date: string, days: number) => isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));

export async function loadDemoSchedule(ctx: RequestContext, modules: Modules, today: Date, census: DemoCensus) {
  const { groups, enrollments, sessions } = modules.scheduling;
  const todayDate = isoDate(today);
  // Groups began on the Monday four weeks back, so the calendar and rosters have some history.
  const weekday = (new Date(`${todayDate}T00:00:00Z`).getUTCDay() + 6) % 7;
  const seriesStart = addDays(todayDate, -weekday - 28);

  let groupCount = 0;
  for (const spec of GROUPS) {
    const { id } = await groups.createGroup(ctx, {
      programId: census.programIds[spec.program],
      name: spec.name,
      kind: spec.kind,
      capacity: spec.capacity,
      roomId: census.roomIds.get(spec.room)!,
      facilitators: spec.facilitators.map(([key, role]) => ({ staffId: census.staffIds.get(key)!, role })),
      schedule: {
        startDate: seriesStart,
        rrule: `FREQ=WEEKLY;BYDAY=${spec.days}`,
        startTime: spec.startTime,
        durationMinutes: spec.durationMinutes,
      },
    });
    groupCount += 1;
    for (const member of census.admitted.get(spec.program) ?? []) {
      const startDate = member.admitDate > seriesStart ? member.admitDate : seriesStart;
      await enrollments.createEnrollment(ctx, id, { patientId: member.patientId, startDate });
    }
  }

  // Psychiatric evaluations and medication checks for the newest PHP admissions, tomorrow afternoon.
  const tomorrow = addDays(todayDate, 1);
  const php = census.admitted.get('php') ?? [];
  for (const [i, member] of php.slice(0, 3).entries()) {
    await sessions.createAppointment(ctx, {
      kind: i === 0 ? 'psychiatric_evaluation' : 'medication_management',
      patientId: member.patientId,
      staffId: census.staffIds.get(i === 0 ? 'psychiatrist' : 'nurse_practitioner')!,
      startsAt: localInstant(tomorrow, ['14:30', '15:30', '16:00'][i]!, 'America/Chicago').toISOString(),
      durationMinutes: i === 0 ? 60 : 25,
      roomId: census.roomIds.get('Office 101')!,
      modality: 'in_person',
    });
  }
  return { groups: groupCount };
}
