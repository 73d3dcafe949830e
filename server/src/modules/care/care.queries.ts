// All SQL about tasks. Each function takes db or tx.
import { and, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { tasks } from './care.tables.ts';

export type TaskRow = typeof tasks.$inferSelect;

/** Who may see a task: the roles it may be addressed to (null: any) and the visible patients. */
export interface TaskAudience {
  roles: readonly string[] | null;
  /** From the patient-access port; undefined: every patient. */
  visible: SQL | undefined;
}

function audienceCondition({ roles, visible }: TaskAudience): SQL | undefined {
  return and(
    roles === null ? undefined : inArray(tasks.assigneeRole, [...roles]),
    visible === undefined ? undefined : or(isNull(tasks.patientId), visible),
  );
}

export async function insertTask(db: Db, row: typeof tasks.$inferInsert): Promise<void> {
  await db.insert(tasks).values(row);
}

export async function listTasks(
  db: Db,
  audience: TaskAudience,
  filter: { status?: string | undefined },
  window: { limit: number; offset: number },
): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(and(audienceCondition(audience), filter.status ? eq(tasks.status, filter.status) : undefined))
    .orderBy(desc(tasks.createdAt), desc(tasks.id))
    .limit(window.limit + 1)
    .offset(window.offset);
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
