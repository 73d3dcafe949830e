// SQL of program outcome reports. A report is three statements whatever the census or the period: its
// memory, the program, then every follow-up of both periods at once (window functions name each episode's
// baseline; DISTINCT ON keeps each patient's latest follow-up per instrument and period).
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../../kernel/db/index.ts';
import { sites } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { episodes, programs } from '../programs/index.ts';
import { earliestFirst } from './outcomes.queries.ts';
import { assessments } from './outcomes.tables.ts';
import type { FollowUp } from './reports.ts';

/**
 * For the rest of the transaction: a year of a large program's forms is sorted twice (by episode for
 * the baselines, by patient for the latest), and given room PostgreSQL sorts in memory instead of
 * merging on disk (work_mem defaults to 4 MB; 1,200 patients' weekly forms take about 6 MB a sort).
 */
export async function reportMemory(db: Db): Promise<void> {
  await db.execute(sql`set local work_mem = '64MB'`);
}

export interface ReportProgram {
  id: string;
  name: string;
  /** The site's zone, in which the period's dates are days. */
  timeZone: string;
}

export async function reportProgram(db: Db, id: string): Promise<ReportProgram | undefined> {
  const [row] = await db
    .select({ id: programs.id, name: programs.name, timeZone: sites.timeZone })
    .from(programs)
    .innerJoin(sites, eq(sites.id, programs.siteId))
    .where(eq(programs.id, id));
  return row;
}

export interface FollowUpWindow {
  programId: string;
  timeZone: string;
  instruments: readonly string[];
  /** First local date of the previous period. */
  previousFrom: string;
  /** First local date of the current period. */
  currentFrom: string;
  /** The local date after the current period: administrations from its midnight on are left out. */
  until: string;
  /** The caller's patients (patient access port); undefined for all. */
  visible: SQL | undefined;
}

/**
 * Each patient's latest follow-up per instrument in each period, in the program's episodes, with the
 * episode's baseline; ordered by name. A patient followed in two episodes of the period is counted
 * once, with the episode of the latest follow-up.
 */
export async function followUps(db: Db, w: FollowUpWindow): Promise<FollowUp[]> {
  // Local midnight in the site's zone, as an instant (right across DST changes).
  const midnight = (date: string) => sql`(${date}::date)::timestamp at time zone ${w.timeZone}`;
  const day = (instant: SQL) => sql`(${instant} at time zone ${w.timeZone})::date::text`;
  return selectRows<FollowUp>(
    db,
    sql`with administered as (
        select ${assessments.id} as id, ${assessments.patientId} as patient_id, ${assessments.instrument} as instrument,
          ${assessments.total} as total, ${assessments.administeredAt} as administered_at,
          ${assessments.createdAt} as created_at,
          first_value(${assessments.id}) over baseline as baseline_id,
          first_value(${assessments.total}) over baseline as baseline_total,
          first_value(${assessments.administeredAt}) over baseline as baseline_at
        from ${assessments}
        join ${episodes} on ${episodes.id} = ${assessments.episodeId}
        join ${patients} on ${patients.id} = ${assessments.patientId}
        where ${episodes.programId} = ${w.programId} and ${inArray(assessments.instrument, [...w.instruments])}
          and ${assessments.administeredAt} < ${midnight(w.until)} and ${w.visible ?? sql`true`}
        -- The baseline is the episode's first administration, in the order every reader uses.
        window baseline as (partition by ${assessments.episodeId}, ${assessments.instrument}
          order by ${sql.join(earliestFirst, sql`, `)})
      ),
      latest as (
        select distinct on (period, patient_id, instrument)
          case when administered_at >= ${midnight(w.currentFrom)} then 'current' else 'previous' end as period,
          patient_id, instrument, baseline_id, baseline_total, baseline_at, id as latest_id, total as latest_total,
          administered_at as latest_at
        from administered
        where id <> baseline_id and administered_at >= ${midnight(w.previousFrom)}
          and total is not null and baseline_total is not null
        order by period, patient_id, instrument, administered_at desc, created_at desc, id desc
      )
      select l.period, l.patient_id as "patientId", p.mrn, p.given_name as "givenName", p.family_name as "familyName",
        l.instrument, l.baseline_id as "baselineId", l.baseline_total as "baselineTotal",
        ${day(sql`l.baseline_at`)} as "baselineDate", l.latest_id as "latestId", l.latest_total as "latestTotal",
        ${day(sql`l.latest_at`)} as "latestDate"
      from latest l join patients p on p.id = l.patient_id
      order by l.period, p.family_name, p.given_name, p.id, l.instrument`,
  );
}
