import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { inList, instant } from '../../kernel/db/index.ts';
import { patients } from '../patients/index.ts';
import { episodes } from '../programs/index.ts';
import type { SubscaleScore } from './instruments/index.ts';

/** How the answers reached the chart: entered by staff, transcribed from paper, a kiosk, a link sent to the patient. */
export const ASSESSMENT_SOURCES = ['staff', 'paper', 'kiosk', 'link'] as const;
export type AssessmentSource = (typeof ASSESSMENT_SOURCES)[number];

/**
 * One administration of an instrument, with the score computed when it was recorded. The score is
 * stored rather than recomputed on read so a later change to a definition does not rewrite history.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    /** The instrument's id (`PHQ-9`); not a closed list, so programs' custom instruments fit later. */
    instrument: text('instrument').notNull(),
    /** The values of the questions asked, in item order (instruments/README.md). */
    answers: jsonb('answers').$type<number[]>().notNull(),
    /** Null for instruments scored only by subscales (BAM). */
    total: integer('total'),
    severity: text('severity'),
    flags: jsonb('flags').$type<string[]>().notNull().default([]),
    subscales: jsonb('subscales').$type<Record<string, SubscaleScore>>(),
    administeredAt: instant('administered_at').notNull(),
    /** The user who entered it (a user id, like every writer of patient data). */
    recordedBy: uuid('recorded_by'),
    source: text('source').notNull().default('staff'),
    /** The open episode when it was recorded: change is measured from the episode's first administration. */
    episodeId: uuid('episode_id').references(() => episodes.id),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    check('assessments_source', sql`${t.source} in (${inList(ASSESSMENT_SOURCES)})`),
    check('assessments_instrument', sql`length(${t.instrument}) between 1 and 64`),
    check(
      'assessments_answers',
      sql`jsonb_typeof(${t.answers}) = 'array' and not jsonb_path_exists(${t.answers}, '$[*] ? (@.type() != "number" || @.floor() != @)')`,
    ),
    check(
      'assessments_flags',
      sql`jsonb_typeof(${t.flags}) = 'array' and not jsonb_path_exists(${t.flags}, '$[*] ? (@.type() != "string")')`,
    ),
    check('assessments_subscales', sql`${t.subscales} is null or jsonb_typeof(${t.subscales}) = 'object'`),
    // A severity is a band of the total: none without one.
    check('assessments_severity', sql`${t.severity} is null or ${t.total} is not null`),
    index('assessments_patient_instrument').on(t.patientId, t.instrument, t.administeredAt),
    index('assessments_episode').on(t.episodeId, t.instrument),
  ],
);
