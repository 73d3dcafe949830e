// All SQL of the outcomes module; each function takes db or tx.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { patients } from '../patients/index.ts';
import { episodes } from '../programs/index.ts';
import { assessments } from './outcomes.tables.ts';

export type AssessmentRow = typeof assessments.$inferSelect;
export type NewAssessment = typeof assessments.$inferInsert;

/** The patient's recorded sex (`F`, `M`, `U`), which some flags depend on (AUDIT-C). */
export async function patientSex(db: Db, patientId: string): Promise<string | undefined> {
  const [row] = await db.select({ sex: patients.sex }).from(patients).where(eq(patients.id, patientId));
  return row?.sex;
}

/** The patient's current episode: the open one, the latest admitted when several programs hold one. */
export async function currentEpisode(
  db: Db,
  patientId: string,
): Promise<{ id: string; programId: string } | undefined> {
  const [row] = await db
    .select({ id: episodes.id, programId: episodes.programId })
    .from(episodes)
    .where(and(eq(episodes.patientId, patientId), isNull(episodes.dischargeDate)))
    .orderBy(desc(episodes.admitDate), asc(episodes.id))
    .limit(1);
  return row;
}

export async function insertAssessment(db: Db, row: NewAssessment): Promise<AssessmentRow> {
  const [inserted] = await db.insert(assessments).values(row).returning();
  return inserted!;
}

// The baseline of an episode and instrument is its first administration; recording order and id
// break ties, so every reader (the chart's history, program reports) names the same one.
export const earliestFirst = [asc(assessments.administeredAt), asc(assessments.createdAt), asc(assessments.id)];

export async function baseline(db: Db, episodeId: string, instrument: string): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.episodeId, episodeId), eq(assessments.instrument, instrument)))
    .orderBy(...earliestFirst)
    .limit(1);
  return row;
}

export interface HistoryRow {
  assessment: AssessmentRow;
  /** The first administration of the same instrument in the same episode (itself for the first). */
  baselineId: string;
  baselineTotal: number | null;
}

/**
 * A patient's assessments, newest first, each with its episode's baseline. Filtering by instrument
 * keeps whole (episode, instrument) partitions, so the window always sees the real baseline.
 */
export async function history(db: Db, patientId: string, instrument: string | undefined): Promise<HistoryRow[]> {
  const partition = sql`partition by ${assessments.episodeId}, ${assessments.instrument} order by ${sql.join(earliestFirst, sql`, `)}`;
  return db
    .select({
      assessment: assessments,
      baselineId: sql<string>`first_value(${assessments.id}) over (${partition})`,
      baselineTotal: sql<number | null>`first_value(${assessments.total}) over (${partition})`,
    })
    .from(assessments)
    .where(
      and(
        eq(assessments.patientId, patientId),
        instrument === undefined ? undefined : eq(assessments.instrument, instrument),
      ),
    )
    .orderBy(desc(assessments.administeredAt), desc(assessments.createdAt), desc(assessments.id));
}
