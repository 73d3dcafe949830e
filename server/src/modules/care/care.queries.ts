// All SQL about tasks. Each function takes db or tx.
import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { tasks } from './care.tables.ts';

export type TaskRow = typeof tasks.$inferSelect;

/**
 * Who may see a task. A task addressed to a person is theirs alone; one addressed to a role, every
 * holder's. `addressee` null: every task (an administrator, the system).
 */
export interface TaskAudience {
  /** The caller's roles and staff id (a staff member's id is their user id). */
  addressee: { roles: readonly string[]; staffId: string } | null;
  /** From the patient-access port; undefined: every patient. */
  visible: SQL | undefined;
}

function audienceCondition({ addressee, visible }: TaskAudience): SQL | undefined {
  return and(
    addressee === null
      ? undefined
      : or(
          eq(tasks.assigneeStaffId, addressee.staffId),
          and(isNull(tasks.assigneeStaffId), inArray(tasks.assigneeRole, [...addressee.roles])),
        ),
    visible === undefined ? undefined : or(isNull(tasks.patientId), visible),
  );
}

export async function insertTasks(db: Db, rows: (typeof tasks.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(tasks).values(rows);
}

/**
 * Open tasks of one kind about these patients, after taking a transaction-scoped lock per (kind,
 * patient) in one statement and a fixed order: two writers deciding whether to raise the same
 * task wait for each other instead of both raising it.
 */
export async function lockOpenTasks(db: Db, kind: string, patientIds: readonly string[]): Promise<TaskRow[]> {
  if (patientIds.length === 0) return [];
  const keys = JSON.stringify([...new Set(patientIds)].map((id) => `task:${kind}:${id}`).sort());
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from (select value as k from jsonb_array_elements_text(${keys}::jsonb) order by 1) keys`,
  );
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.kind, kind), eq(tasks.status, 'open'), inArray(tasks.patientId, [...patientIds])));
}

export async function listTasks(
  db: Db,
  audience: TaskAudience,
  filter: { status?: string | undefined },
  window: { limit: number; offset: number },
): Promise<TaskRow[]> {
  return (
    db
      .select()
      .from(tasks)
      .where(and(audienceCondition(audience), filter.status ? eq(tasks.status, filter.status) : undefined))
      // Urgent first, then the newest.
      .orderBy(desc(sql`${tasks.priority} = 'urgent'`), desc(tasks.createdAt), desc(tasks.id))
      .limit(window.limit + 1)
      .offset(window.offset)
  );
}

/** One task if the audience may see it; `lock` holds it for a change. */
export async function findTask(
  db: Db,
  id: string,
  audience: TaskAudience,
  { lock = false } = {},
): Promise<TaskRow | undefined> {
  const query = db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, id), audienceCondition(audience)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function completeTask(db: Db, id: string, by: string | null, at: Date): Promise<TaskRow> {
  const [row] = await db
    .update(tasks)
    .set({ status: 'done', completedAt: at, completedBy: by })
    .where(eq(tasks.id, id))
    .returning();
  return row!;
}
