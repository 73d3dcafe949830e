// Request and response shapes of /api/tasks and their mapper (DESIGN §3.3).
import { Type, type Static } from 'typebox';
import { ListQuery } from '../../kernel/http/index.ts';
import type { TaskRow } from './care.queries.ts';

export const TasksQuery = Type.Object({
  ...ListQuery.properties,
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('done')])),
});

const NullableId = Type.Union([Type.String(), Type.Null()]);

export const TaskResponse = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  programId: NullableId,
  patientId: NullableId,
  assigneeRole: Type.String(),
  /** Addressed to this staff member alone (a patient's primary clinician), else to everyone in the role. */
  assigneeStaffId: NullableId,
  priority: Type.Union([Type.Literal('routine'), Type.Literal('urgent')]),
  details: Type.Record(Type.String(), Type.Unknown()),
  status: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  completedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const toTaskResponse = (t: TaskRow): Static<typeof TaskResponse> => ({
  id: t.id,
  kind: t.kind,
  title: t.title,
  programId: t.programId,
  patientId: t.patientId,
  assigneeRole: t.assigneeRole,
  assigneeStaffId: t.assigneeStaffId,
  priority: t.priority,
  details: t.details,
  status: t.status,
  createdAt: t.createdAt.toISOString(),
  completedAt: t.completedAt?.toISOString() ?? null,
});
