// All SQL of the notes module; each function takes db or tx.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { selectRows, type Db } from '../../kernel/db/index.ts';
import { attendance } from '../attendance/index.ts';
import { users } from '../identity/index.ts';
import { staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { groups, sessionFacilitators, sessions } from '../scheduling/index.ts';
import { noteAddenda, noteEntries, notes } from './notes.tables.ts';

export type NoteRow = typeof notes.$inferSelect;
export type NewNote = typeof notes.$inferInsert;
export type EntryRow = typeof noteEntries.$inferSelect;
export type AddendumRow = typeof noteAddenda.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

/**
 * The session with its group's name. `lock` holds the session row for update against attendance
 * writers (they take a key-share lock on it) while a signature confirms its attendance.
 */
export async function findSession(
  db: Db,
  id: string,
  { lock = false } = {},
): Promise<(SessionRow & { groupName: string | null }) | undefined> {
  const query = db
    .select({ session: sessions, groupName: groups.name })
    .from(sessions)
    .leftJoin(groups, eq(groups.id, sessions.groupId))
    .where(eq(sessions.id, id));
  const [row] = lock ? await query.for('update', { of: sessions }) : await query;
  return row && { ...row.session, groupName: row.groupName };
}

export async function facilitators(db: Db, sessionId: string): Promise<{ staffId: string; role: string }[]> {
  return db
    .select({ staffId: sessionFacilitators.staffId, role: sessionFacilitators.role })
    .from(sessionFacilitators)
    .where(eq(sessionFacilitators.sessionId, sessionId));
}

export interface MemberRow {
  patientId: string;
  givenName: string;
  familyName: string;
  mrn: string;
  /** Null while attendance is not recorded. */
  status: string | null;
}

/** The session's members: the expected roster plus anyone with attendance (drop-ins), in name order. */
export async function members(db: Db, sessionId: string, rosterIds: readonly string[]): Promise<MemberRow[]> {
  return db
    .select({
      patientId: patients.id,
      givenName: patients.givenName,
      familyName: patients.familyName,
      mrn: patients.mrn,
      status: attendance.status,
    })
    .from(patients)
    .leftJoin(attendance, and(eq(attendance.sessionId, sessionId), eq(attendance.patientId, patients.id)))
    .where(
      sql`${patients.id} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(rosterIds)}::jsonb))
        or ${attendance.id} is not null`,
    )
    .orderBy(asc(patients.familyName), asc(patients.givenName), asc(patients.id));
}

export async function findGroupNote(db: Db, sessionId: string, { lock = false } = {}): Promise<NoteRow | undefined> {
  const query = db
    .select()
    .from(notes)
    .where(and(eq(notes.sessionId, sessionId), eq(notes.kind, 'group')));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findNote(db: Db, id: string, { lock = false } = {}): Promise<NoteRow | undefined> {
  const query = db.select().from(notes).where(eq(notes.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Creates the session's group note unless a parallel request just did; either way returns it locked. */
export async function createGroupNote(db: Db, row: NewNote): Promise<NoteRow> {
  await db.insert(notes).values(row).onConflictDoNothing();
  return (await findGroupNote(db, row.sessionId!, { lock: true }))!;
}

export async function insertNote(db: Db, row: NewNote): Promise<NoteRow> {
  const [saved] = await db.insert(notes).values(row).returning();
  return saved!;
}

export async function updateNote(db: Db, id: string, change: Partial<NewNote>): Promise<NoteRow> {
  const [saved] = await db.update(notes).set(change).where(eq(notes.id, id)).returning();
  return saved!;
}

export async function entries(db: Db, noteId: string): Promise<EntryRow[]> {
  return db.select().from(noteEntries).where(eq(noteEntries.noteId, noteId));
}

export async function replaceEntries(db: Db, noteId: string, rows: EntryRow[]): Promise<void> {
  await db.delete(noteEntries).where(eq(noteEntries.noteId, noteId));
  if (rows.length > 0) await db.insert(noteEntries).values(rows);
}

export interface PreviousEntryRow {
  patientId: string;
  noteId: string;
  goalsAddressed: string[];
  participation: string;
  response: string;
  plan: string;
}

/** Each patient's latest `perPatient` entries in other signed group notes: what a copy would come from. */
export async function previousEntries(
  db: Db,
  patientIds: readonly string[],
  exceptNoteId: string | null,
  perPatient: number,
): Promise<PreviousEntryRow[]> {
  if (patientIds.length === 0) return [];
  return selectRows<PreviousEntryRow>(
    db,
    sql`select pid as "patientId", e.note_id as "noteId", e.goals_addressed as "goalsAddressed",
        e.participation, e.response, e.plan
      from jsonb_array_elements_text(${JSON.stringify(patientIds)}::jsonb) as ids(pid)
      cross join lateral (
        select e.* from note_entries e join notes n on n.id = e.note_id
        where e.patient_id = ids.pid::uuid and n.status <> 'draft'
          and n.id is distinct from ${exceptNoteId}::uuid
        order by n.updated_at desc limit ${perPatient}
      ) e`,
  );
}

/** The name and credentials a signature shows, as they are at the moment of signing. */
export async function signerOf(
  db: Db,
  staffId: string,
): Promise<{ name: string; credentials: string | null; supervisorId: string | null } | undefined> {
  const [row] = await db
    .select({
      givenName: users.givenName,
      familyName: users.familyName,
      credentials: staff.credentials,
      supervisorId: staff.supervisorId,
    })
    .from(staff)
    .innerJoin(users, eq(users.id, staff.id))
    .where(eq(staff.id, staffId));
  return (
    row && {
      name: `${row.givenName} ${row.familyName}`,
      credentials: row.credentials,
      supervisorId: row.supervisorId,
    }
  );
}

/** Attendance becomes what the claim is built from once the note is signed. */
export async function confirmAttendance(db: Db, sessionId: string, at: Date): Promise<void> {
  await db.update(attendance).set({ confirmedAt: at }).where(eq(attendance.sessionId, sessionId));
}

export async function addenda(db: Db, noteIds: readonly string[]): Promise<AddendumRow[]> {
  if (noteIds.length === 0) return [];
  return db
    .select()
    .from(noteAddenda)
    .where(inArray(noteAddenda.noteId, [...noteIds]))
    .orderBy(asc(noteAddenda.createdAt));
}

export async function insertAddendum(db: Db, row: AddendumRow): Promise<AddendumRow> {
  const [saved] = await db.insert(noteAddenda).values(row).returning();
  return saved!;
}

export interface ChartNoteRow {
  note: NoteRow;
  startsAt: Date | null;
  groupName: string | null;
  entry: EntryRow | null;
}

/**
 * A patient's chart: their documents, and the signed group notes of sessions they attended with
 * only their own entry (the join never selects another member's row).
 */
export async function chartNotes(db: Db, patientId: string): Promise<ChartNoteRow[]> {
  const rows = await db
    .select({ note: notes, startsAt: sessions.startsAt, groupName: groups.name, entry: noteEntries })
    .from(notes)
    .leftJoin(sessions, eq(sessions.id, notes.sessionId))
    .leftJoin(groups, eq(groups.id, sessions.groupId))
    .leftJoin(noteEntries, and(eq(noteEntries.noteId, notes.id), eq(noteEntries.patientId, patientId)))
    .where(
      sql`${notes.patientId} = ${patientId}
        or (${notes.kind} = 'group' and ${notes.status} <> 'draft' and ${noteEntries.patientId} is not null)`,
    )
    .orderBy(desc(sql`coalesce(${sessions.startsAt}, ${notes.createdAt})`));
  return rows;
}

export interface QueueRow {
  noteId: string | null;
  kind: string;
  status: string | null;
  sessionId: string | null;
  patientId: string | null;
  title: string;
  startsAt: Date | null;
  dueAt: Date;
  awaiting: 'signature' | 'cosignature';
}

/**
 * What a clinician still owes: group sessions they lead that have attendance and ended without a
 * signed note, their draft documents, and signed notes waiting for their co-signature.
 */
export async function unsignedFor(db: Db, staffId: string, now: Date, dueHours: number): Promise<QueueRow[]> {
  const due = sql`make_interval(hours => ${dueHours})`;
  return selectRows<QueueRow>(
    db,
    sql`select n.id as "noteId", 'group' as kind, n.status, s.id as "sessionId", null::uuid as "patientId",
        g.name as title, s.starts_at as "startsAt", coalesce(n.due_at, s.ends_at + ${due}) as "dueAt",
        'signature' as awaiting
      from session_facilitators f
      join sessions s on s.id = f.session_id and s.status = 'scheduled' and s.ends_at <= ${now}
      join groups g on g.id = s.group_id
      left join notes n on n.session_id = s.id and n.kind = 'group'
      where f.staff_id = ${staffId} and f.role = 'lead'
        and (n.id is null or n.status = 'draft')
        and exists (select 1 from attendance a where a.session_id = s.id)
    union all
      select n.id, n.kind, n.status, n.session_id, n.patient_id, n.kind, s.starts_at, n.due_at, 'signature'
      from notes n left join sessions s on s.id = n.session_id
      where n.kind <> 'group' and n.status = 'draft' and n.author_id = ${staffId}
    union all
      select n.id, n.kind, n.status, n.session_id, n.patient_id, coalesce(g.name, n.kind), s.starts_at,
        n.due_at, 'cosignature'
      from notes n
      left join sessions s on s.id = n.session_id
      left join groups g on g.id = s.group_id
      join staff signer on signer.id = n.author_id
      where n.status = 'signed' and n.author_id <> ${staffId}
        and (signer.supervisor_id = ${staffId}
          or exists (select 1 from session_facilitators f where f.session_id = n.session_id
            and f.staff_id = ${staffId} and f.role = 'supervisor'))
    order by "dueAt"`,
  );
}
