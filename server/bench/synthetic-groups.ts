// The synthetic program's schedule as scheduling rows: one recurring group per cohort and time slot,
// its sessions exactly as generated (kind and facilitator vary by day), and each member enrolled for
// the span of their episode in the cohort's program.
import type {
  enrollments,
  groupFacilitators,
  groupSchedules,
  groups,
  sessionFacilitators,
  sessions,
} from '../src/modules/scheduling/index.ts';
import { localInstant } from '../src/modules/scheduling/index.ts';
import { random } from './random.ts';
import type { SyntheticProgram } from './synthetic-program.ts';

export interface GroupRows {
  groups: (typeof groups.$inferInsert)[];
  schedules: (typeof groupSchedules.$inferInsert)[];
  groupFacilitators: (typeof groupFacilitators.$inferInsert)[];
  sessions: (typeof sessions.$inferInsert)[];
  sessionFacilitators: (typeof sessionFacilitators.$inferInsert)[];
  enrollments: (typeof enrollments.$inferInsert)[];
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export function buildGroupRows(data: SyntheticProgram): GroupRows {
  const ids = random(data.seed, 'ids:groups');
  const created = new Date(`${data.programDays[0]}T12:00:00Z`);
  const firstDay = data.programDays[0]!;
  const lastDay = data.programDays.at(-1)!;
  const zoneOfRoom = new Map(
    data.rooms.map((room) => [room.id!, data.sites.find((site) => site.id === room.siteId)!.timeZone]),
  );
  const cohorts = new Map(data.cohorts.map((c) => [c.id, c]));
  const rows: GroupRows = {
    groups: [],
    schedules: [],
    groupFacilitators: [],
    sessions: [],
    sessionFacilitators: [],
    enrollments: [],
  };
  const groupOf = new Map<string, string>();
  for (const s of data.groupSessions) {
    const key = `${s.cohortId} ${s.startTime}`;
    let groupId = groupOf.get(key);
    const cohort = cohorts.get(s.cohortId)!;
    const timeZone = zoneOfRoom.get(s.roomId)!;
    if (!groupId) {
      groupId = ids.uuid();
      groupOf.set(key, groupId);
      rows.groups.push({
        id: groupId,
        programId: cohort.programId,
        name: `${cohort.name} ${s.startTime}`,
        kind: s.kind,
        capacity: 12,
        startDate: firstDay,
        endDate: lastDay,
        timeZone,
        materializedThrough: lastDay,
        createdAt: created,
      });
      rows.schedules.push({
        id: ids.uuid(),
        groupId,
        effectiveFrom: firstDay,
        rrule: `FREQ=WEEKLY;BYDAY=${cohort.weekdays.map((d) => BYDAY[d]).join(',')}`,
        startTime: s.startTime,
        durationMinutes: s.durationMinutes,
        roomId: s.roomId,
      });
      rows.groupFacilitators.push({ groupId, staffId: s.facilitatorStaffId, role: 'lead' });
      for (const patientId of cohort.patientIds) {
        for (const episode of data.episodes) {
          if (episode.patientId !== patientId || episode.programId !== cohort.programId) continue;
          rows.enrollments.push({
            id: ids.uuid(),
            groupId,
            patientId,
            startDate: episode.admitDate,
            endDate: episode.dischargeDate ?? null,
            status: 'active',
            requestedAt: created,
          });
        }
      }
    }
    const startsAt = localInstant(s.date, s.startTime, timeZone);
    rows.sessions.push({
      id: s.id,
      groupId,
      programId: s.programId,
      kind: s.kind,
      occurrenceDate: s.date,
      startsAt,
      endsAt: new Date(startsAt.getTime() + s.durationMinutes * 60_000),
      timeZone,
      roomId: s.roomId,
      createdAt: created,
    });
    rows.sessionFacilitators.push({ sessionId: s.id, staffId: s.facilitatorStaffId, role: 'lead' });
  }
  return rows;
}
