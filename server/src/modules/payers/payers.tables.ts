import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

export const payers = pgTable(
  'payers',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    /** The clearinghouse payer id (X12 837 loop 2010BB NM109). */
    payerId: text('payer_id').notNull(),
    template: text('template').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check(
      'payers_template',
      sql`${t.template} in ('medicare_institutional', 'commercial_professional', 'commercial_per_diem')`,
    ),
  ],
);

/** Every change to a payer's rules is a new version; claims will record the version they used. */
export const payerRulePacks = pgTable(
  'payer_rule_packs',
  {
    id: uuid('id').primaryKey(),
    payerId: uuid('payer_id')
      .notNull()
      .references(() => payers.id),
    version: integer('version').notNull(),
    rules: jsonb('rules').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    unique('payer_rule_packs_version').on(t.payerId, t.version),
    check('payer_rule_packs_version_positive', sql`${t.version} >= 1`),
  ],
);
