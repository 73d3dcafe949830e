import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sites, staff } from '../organization/index.ts';
import { patients } from '../patients/index.ts';

export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    levelOfCare: text('level_of_care').notNull(),
    population: text('population').notNull(),
    minHoursPerWeek: numeric('min_hours_per_week', { precision: 4, scale: 1, mode: 'number' }).notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    check('programs_level_of_care', sql`${t.levelOfCare} in ('IOP', 'PHP')`),
    check('programs_population', sql`${t.population} in ('mental_health', 'substance_use', 'co_occurring')`),
    check('programs_min_hours', sql`${t.minHoursPerWeek} between 0 and 40`),
  ],
);

/** Which programs a staff member works in: the basis of object-level access to patients. */
export const staffPrograms = pgTable(
  'staff_programs',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.programId] }), index('staff_programs_program').on(t.programId)],
);

export const episodes = pgTable(
  'episodes',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    admitDate: date('admit_date', { mode: 'string' }).notNull(),
    attendingStaffId: uuid('attending_staff_id')
      .notNull()
      .references(() => staff.id),
    dischargeDate: date('discharge_date', { mode: 'string' }),
    disposition: text('disposition'),
    dispositionNote: text('disposition_note'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check('episodes_discharge_after_admit', sql`${t.dischargeDate} is null or ${t.dischargeDate} >= ${t.admitDate}`),
    // One open episode per patient per program, under concurrent admissions too (DESIGN §4).
    uniqueIndex('episodes_one_open_per_program')
      .on(t.patientId, t.programId)
      .where(sql`discharge_date is null`),
    index('episodes_patient').on(t.patientId),
    index('episodes_program').on(t.programId),
  ],
);

export const episodeDiagnoses = pgTable(
  'episode_diagnoses',
  {
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episodes.id),
    /** ICD-10-CM with the dot, as clinicians write it; claims drop the dot (837 HI segment). */
    code: text('code').notNull(),
    principal: boolean('principal').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.episodeId, t.position] })],
);

/** Level-of-care history: admission starts it; step-downs (PHP → IOP) add rows. */
export const levelOfCareChanges = pgTable(
  'level_of_care_changes',
  {
    id: uuid('id').primaryKey(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episodes.id),
    levelOfCare: text('level_of_care').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    reason: text('reason'),
    /** Orders changes that share an effective date; the latest is the current level of care. */
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
    recordedBy: uuid('recorded_by'),
  },
  (t) => [
    check('level_of_care_changes_level', sql`${t.levelOfCare} in ('IOP', 'PHP')`),
    index('level_of_care_changes_episode').on(t.episodeId),
  ],
);
