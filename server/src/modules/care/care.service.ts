// Tasks: work addressed to a role (the front desk of a program, say) or to one person (a patient's
// primary clinician), raised by other modules' use cases in their own transactions and completed by
// whoever it is addressed to.
import type { Audit, AuditEntry } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import { page, type PatientAccess, type RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { tasks, type TaskPriority } from './care.tables.ts';
import { careErrors } from './care.errors.ts';
import * as q from './care.queries.ts';

export interface NewTask {
  kind: string;
  title: string;
  programId: string | null;
  patientId: string | null;
  /** The role addressed; for a task addressed to a person, the capacity they are addressed in. */
  assigneeRole: string;
  /** Addressed to this staff member alone (staff.id is their user id) rather than to the role. */
  assigneeStaffId?: string | null;
  /** Default `routine`. */
  priority?: TaskPriority;
  details: Record<string, unknown>;
}

/** An open task about a patient, as seen by a module that raises tasks. */
export interface OpenTask {
  id: string;
  patientId: string;
  details: Record<string, unknown>;
}

const CATEGORY = 'task';

export type CareService = ReturnType<typeof createCareService>;

export function createCareService({
  db,
  clock,
  audit,
  patientAccess,
}: {
  db: Db;
  clock: Clock;
  audit: Audit;
  patientAccess: PatientAccess;
}) {
  /** Tasks addressed to the caller or one of their roles (an administrator's: all), about patients they may see. */
  function audienceOf(ctx: RequestContext): q.TaskAudience {
    const actor = ctx.actor;
    return {
      addressee: actor === null || actor.roles.includes('admin') ? null : { roles: actor.roles, staffId: actor.userId },
      visible: patientAccess.visibleCondition(ctx, tasks.patientId),
    };
  }

  // A task naming a patient is patient data: reading or changing it is audited (AU-1).
  const patientEvents = (action: AuditEntry['action'], rows: q.TaskRow[]): AuditEntry[] =>
    rows.flatMap((t) => (t.patientId ? [{ action, category: CATEGORY, patientId: t.patientId, entityId: t.id }] : []));

  /** Raise tasks inside the caller's transaction, so they exist exactly when the change that asks for them does. */
  async function createTasks(tx: Db, ctx: RequestContext, batch: readonly NewTask[]): Promise<{ id: string }[]> {
    const rows = batch.map((task) => ({ id: newId(), ...task, status: 'open', createdAt: clock.now() }));
    await q.insertTasks(tx, rows);
    await audit.record(
      tx,
      ctx,
      ...rows.map((row) => ({
        action: 'create' as const,
        category: CATEGORY,
        patientId: row.patientId,
        entityId: row.id,
        details: { kind: row.kind, assigneeRole: row.assigneeRole, assigneeStaffId: row.assigneeStaffId ?? null },
      })),
    );
    return rows.map(({ id }) => ({ id }));
  }

  return {
    createTasks,

    /** Raise one task inside the caller's transaction (see `createTasks`). */
    async createTask(tx: Db, ctx: RequestContext, task: NewTask): Promise<{ id: string }> {
      const [created] = await createTasks(tx, ctx, [task]);
      return created!;
    },

    /**
     * The open tasks of one kind about these patients, for a caller deciding whether to raise another:
     * until its transaction ends, others asking about the same kind and patients wait.
     */
    async openTasks(tx: Db, kind: string, patientIds: readonly string[]): Promise<OpenTask[]> {
      const rows = await q.lockOpenTasks(tx, kind, patientIds);
      return rows.map((t) => ({ id: t.id, patientId: t.patientId!, details: t.details }));
    },

    async listTasks(
      ctx: RequestContext,
      query: { status?: 'open' | 'done' | undefined; limit?: number | undefined; cursor?: string | undefined },
    ) {
      const limit = query.limit ?? 50;
      const offset = page.offset(query.cursor);
      return db.transaction(async (tx) => {
        const result = page.of(await q.listTasks(tx, audienceOf(ctx), query, { limit, offset }), limit, offset);
        await audit.record(tx, ctx, ...patientEvents('read', result.items));
        return result;
      });
    },

    async completeTask(ctx: RequestContext, id: string): Promise<q.TaskRow> {
      return db.transaction(async (tx) => {
        const task = await q.findTask(tx, id, audienceOf(ctx), { lock: true });
        if (!task) throw careErrors.taskNotFound();
        if (task.status === 'done') throw careErrors.taskDone();
        const done = await q.completeTask(tx, id, ctx.actor?.userId ?? null, clock.now());
        await audit.record(tx, ctx, {
          action: 'update',
          category: CATEGORY,
          patientId: task.patientId,
          entityId: id,
          details: { status: 'done' },
        });
        return done;
      });
    },
  };
}
