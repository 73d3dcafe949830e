import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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

/** How a patient reaches a self-report form: a kiosk tablet handed over at check-in, or a link sent to them. */
export const SELF_REPORT_KINDS = ['kiosk', 'link'] as const;
export type SelfReportKind = (typeof SELF_REPORT_KINDS)[number];

/**
 * A short-lived credential for a patient to answer some instruments without logging in. Only the
 * token's SHA-256 is kept: a database leak hands out no forms. It is used up once every instrument
 * on it has been answered.
 */
export const selfReportTokens = pgTable(
  'self_report_tokens',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    /** The instrument ids to answer, in the order they are asked. */
    instruments: jsonb('instruments').$type<string[]>().notNull(),
    /** The instrument ids answered so far. */
    answered: jsonb('answered').$type<string[]>().notNull().default([]),
    kind: text('kind').$type<SelfReportKind>().notNull(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    /** The staff user who started the kiosk or made the link. */
    createdBy: uuid('created_by').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    check('self_report_tokens_kind', sql`${t.kind} in (${inList(SELF_REPORT_KINDS)})`),
    check(
      'self_report_tokens_instruments',
      sql`jsonb_typeof(${t.instruments}) = 'array' and jsonb_array_length(${t.instruments}) > 0 and not jsonb_path_exists(${t.instruments}, '$[*] ? (@.type() != "string")')`,
    ),
    check(
      'self_report_tokens_answered',
      sql`jsonb_typeof(${t.answered}) = 'array' and ${t.instruments} @> ${t.answered}`,
    ),
    check('self_report_tokens_expiry', sql`${t.expiresAt} > ${t.createdAt}`),
    uniqueIndex('self_report_tokens_token').on(t.tokenHash),
    index('self_report_tokens_patient').on(t.patientId),
  ],
);
