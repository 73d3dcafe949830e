// A session's expected roster, derived (never stored): the group's active enrollments in effect on
// the session's local date, or the one patient of an individual appointment.
import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../kernel/db/index.ts';

/** What the attendance module tells a session's detail about one patient (a port: scheduling never imports it). */
export interface SessionAttendance {
  patientId: string;
  givenName: string;
  familyName: string;
  status: string;
  minutesAttended: number;
  modality: string;
  /** Not on the expected roster. */
  dropIn: boolean;
}

/** A session's attendance rows, limited by `visible` (a condition on the patient id). */
export type AttendanceFor = (db: Db, sessionId: string, visible?: SQL) => Promise<SessionAttendance[]>;

export interface RosterMember {
  sessionId: string;
  patientId: string;
  givenName: string;
  familyName: string;
  /** Null for an individual appointment. */
  enrollmentId: string | null;
}

/**
 * Expected rosters of many sessions in one statement, members in name order. `visible`, from the
 * patient-access port, limits them to patients the caller may see (a condition on `p.id`).
 */
export async function expectedRosters(
  db: Db,
  sessionIds: readonly string[],
  visible?: SQL,
): Promise<Map<string, RosterMember[]>> {
  const bySession = new Map<string, RosterMember[]>(sessionIds.map((id) => [id, []]));
  if (sessionIds.length === 0) return bySession;
  const ids = JSON.stringify(sessionIds);
  const rows = await selectRows<{
    session_id: string;
    patient_id: string;
    given_name: string;
    family_name: string;
    enrollment_id: string | null;
  }>(
    db,
    sql`
    with wanted as (
      select s.id, s.group_id, s.patient_id, (s.starts_at at time zone s.time_zone)::date as local_date
      from sessions s
      where s.id in (select value::uuid from jsonb_array_elements_text(${ids}::jsonb))
    ), members as (
      select w.id as session_id, e.patient_id, e.id as enrollment_id
      from wanted w
      join enrollments e on e.group_id = w.group_id and e.status = 'active'
        and e.start_date <= w.local_date and (e.end_date is null or e.end_date >= w.local_date)
      union all
      select w.id, w.patient_id, null from wanted w where w.patient_id is not null
    )
    select m.session_id, m.patient_id, p.given_name, p.family_name, m.enrollment_id
    from members m join patients p on p.id = m.patient_id
    where ${visible ?? sql`true`}
    order by p.family_name, p.given_name, p.id`,
  );
  for (const r of rows) {
    bySession.get(r.session_id)!.push({
      sessionId: r.session_id,
      patientId: r.patient_id,
      givenName: r.given_name,
      familyName: r.family_name,
      enrollmentId: r.enrollment_id,
    });
  }
  return bySession;
}
