// All SQL about episodes, their diagnoses and level-of-care history. Each function takes db or tx.
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { patients } from '../patients/index.ts';
import { episodeDiagnoses, episodes, levelOfCareChanges, programs } from './programs.tables.ts';

export type EpisodeRow = typeof episodes.$inferSelect;
export type LevelOfCareChangeRow = typeof levelOfCareChanges.$inferSelect;

/** An episode with what every reader wants beside it: program name and current level of care. */
export interface EpisodeRecord extends EpisodeRow {
  programName: string;
  levelOfCare: string;
  diagnoses: { code: string; principal: boolean }[];
}

/** Patients with an episode in one of the staff member's programs (AZ-2 object-level access). */
export function assignedPatientsCondition(
  patientIdColumn: SQL | import('drizzle-orm').AnyColumn,
  staffId: string,
): SQL {
  return sql`${patientIdColumn} in (select e.patient_id from episodes e join staff_programs sp on sp.program_id = e.program_id where sp.staff_id = ${staffId})`;
}

export async function patientExists(db: Db, patientId: string, visible: SQL | undefined): Promise<boolean> {
  const rows = await db
    .select({ id: patients.id })
    .from(patients)
    .where(and(eq(patients.id, patientId), visible));
  return rows.length > 0;
}

// The latest history row is the current level of care; recorded_at breaks same-day ties.
const currentLevelOfCare = sql<string>`(
  select l.level_of_care from level_of_care_changes l
  where l.episode_id = ${episodes.id}
  order by l.effective_date desc, l.recorded_at desc limit 1)`;

function selectEpisodes(db: Db, where: SQL | undefined) {
  return db
    .select({ episode: episodes, programName: programs.name, levelOfCare: currentLevelOfCare })
    .from(episodes)
    .innerJoin(programs, eq(programs.id, episodes.programId))
    .where(where);
}

async function withDiagnoses(
  db: Db,
  rows: { episode: EpisodeRow; programName: string; levelOfCare: string }[],
): Promise<EpisodeRecord[]> {
  if (rows.length === 0) return [];
  const diagnoses = await db
    .select()
    .from(episodeDiagnoses)
    .where(
      inArray(
        episodeDiagnoses.episodeId,
        rows.map((r) => r.episode.id),
      ),
    )
    .orderBy(asc(episodeDiagnoses.episodeId), asc(episodeDiagnoses.position));
  return rows.map(({ episode, programName, levelOfCare }) => ({
    ...episode,
    programName,
    levelOfCare,
    diagnoses: diagnoses.filter((d) => d.episodeId === episode.id).map(({ code, principal }) => ({ code, principal })),
  }));
}

/** One episode, limited to the patients the caller may see; `forUpdate` locks it for a change. */
export async function findEpisode(
  db: Db,
  id: string,
  visible: SQL | undefined,
  options: { forUpdate?: boolean } = {},
): Promise<EpisodeRecord | undefined> {
  const base = selectEpisodes(db, and(eq(episodes.id, id), visible));
  const rows = options.forUpdate ? await base.for('update', { of: episodes }) : await base;
  const [record] = await withDiagnoses(db, rows);
  return record;
}

export async function listPatientEpisodes(
  db: Db,
  patientId: string,
  window: { limit: number; offset: number },
): Promise<EpisodeRecord[]> {
  const rows = await selectEpisodes(db, eq(episodes.patientId, patientId))
    .orderBy(desc(episodes.admitDate), desc(episodes.createdAt), asc(episodes.id))
    .limit(window.limit + 1)
    .offset(window.offset);
  return withDiagnoses(db, rows);
}

export async function listActiveEpisodes(db: Db, patientId: string): Promise<EpisodeRecord[]> {
  const rows = await selectEpisodes(db, and(eq(episodes.patientId, patientId), isNull(episodes.dischargeDate))).orderBy(
    desc(episodes.admitDate),
    asc(episodes.id),
  );
  return withDiagnoses(db, rows);
}

export async function findOpenEpisode(db: Db, patientId: string, programId: string): Promise<EpisodeRow | undefined> {
  const [row] = await db
    .select()
    .from(episodes)
    .where(and(eq(episodes.patientId, patientId), eq(episodes.programId, programId), isNull(episodes.dischargeDate)));
  return row;
}

/**
 * Each patient's primary clinician: the attending of their open episode, preferring the episode in
 * `programId` when a patient has open episodes in several programs (then the latest admitted). A
 * patient with no open episode has none. One statement for any number of patients.
 */
export async function primaryClinicians(
  db: Db,
  patientIds: readonly string[],
  programId: string | null,
): Promise<Map<string, string>> {
  if (patientIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([episodes.patientId], { patientId: episodes.patientId, staffId: episodes.attendingStaffId })
    .from(episodes)
    .where(and(inArray(episodes.patientId, [...patientIds]), isNull(episodes.dischargeDate)))
    .orderBy(
      episodes.patientId,
      desc(sql`${episodes.programId} = ${programId}`),
      desc(episodes.admitDate),
      asc(episodes.id),
    );
  return new Map(rows.map((r) => [r.patientId, r.staffId]));
}

export async function insertEpisode(
  db: Db,
  row: typeof episodes.$inferInsert,
  diagnoses: { code: string; principal: boolean }[],
  firstLevel: typeof levelOfCareChanges.$inferInsert,
): Promise<void> {
  await db.insert(episodes).values(row);
  await db.insert(episodeDiagnoses).values(diagnoses.map((d, position) => ({ episodeId: row.id, position, ...d })));
  await db.insert(levelOfCareChanges).values(firstLevel);
}

export async function dischargeEpisode(
  db: Db,
  id: string,
  values: { dischargeDate: string; disposition: string; dispositionNote: string | null },
): Promise<void> {
  await db.update(episodes).set(values).where(eq(episodes.id, id));
}

export async function levelOfCareHistory(db: Db, episodeId: string): Promise<LevelOfCareChangeRow[]> {
  return db
    .select()
    .from(levelOfCareChanges)
    .where(eq(levelOfCareChanges.episodeId, episodeId))
    .orderBy(asc(levelOfCareChanges.effectiveDate), asc(levelOfCareChanges.recordedAt));
}

export async function insertLevelOfCareChange(db: Db, row: typeof levelOfCareChanges.$inferInsert): Promise<void> {
  await db.insert(levelOfCareChanges).values(row);
}
