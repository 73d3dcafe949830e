import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';
import { programs } from '../programs/index.ts';

export const TASK_PRIORITIES = ['routine', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/** Work for people: "a waitlisted patient got a seat, call them", addressed to a role in a program. */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    programId: uuid('program_id').references(() => programs.id),
    patientId: uuid('patient_id').references(() => patients.id),
    assigneeRole: text('assignee_role').notNull(),
    /** Addressed to one person (a patient's primary clinician) rather than to everyone in the role. */
    assigneeStaffId: uuid('assignee_staff_id').references(() => staff.id),
    /** Urgent tasks (a positive suicide-risk screen) come first in every list until acknowledged. */
    priority: text('priority').$type<TaskPriority>().notNull().default('routine'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    completedBy: uuid('completed_by'),
  },
  (t) => [
    check('tasks_status', sql`${t.status} in ('open', 'done')`),
    check('tasks_priority', sql`${t.priority} in ('routine', 'urgent')`),
    index('tasks_open').on(t.assigneeRole, t.status),
  ],
);
