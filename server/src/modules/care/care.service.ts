// Tasks: work addressed to a role (the front desk of a program, say), raised by other modules'
// use cases in their own transactions and completed by whoever holds that role.
import type { Audit, AuditEntry } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import { page, type PatientAccess, type RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { tasks } from './care.tables.ts';
import { careErrors } from './care.errors.ts';
import * as q from './care.queries.ts';

export interface NewTask {
  kind: string;
  title: string;
  programId: string | null;
  patientId: string | null;
  assigneeRole: string;
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
  /** Tasks addressed to one of the caller's roles (an administrator's: all), about patients they may see. */
  function audienceOf(ctx: RequestContext): q.TaskAudience {
    const roles = ctx.actor?.roles ?? null;
    return {
      roles: roles === null || roles.includes('admin') ? null : roles,
      visible: patientAccess.visibleCondition(ctx, tasks.patientId),
    };
  }

  // A task naming a patient is patient data: reading or changing it is audited (AU-1).
  const patientEvents = (action: AuditEntry['action'], rows: q.TaskRow[]): AuditEntry[] =>
    rows.flatMap((t) => (t.patientId ? [{ action, category: CATEGORY, patientId: t.patientId, entityId: t.id }] : []));

  return {
    /** Raise a task inside the caller's transaction, so it exists exactly when the change that asks for it does. */
    async createTask(tx: Db, ctx: RequestContext, task: NewTask): Promise<{ id: string }> {
      const id = newId();
      await q.insertTask(tx, { id, ...task, status: 'open', createdAt: clock.now() });
      await audit.record(tx, ctx, {
        action: 'create',
        category: CATEGORY,
        patientId: task.patientId,
        entityId: id,
        details: { kind: task.kind, assigneeRole: task.assigneeRole },
      });
      return { id };
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
