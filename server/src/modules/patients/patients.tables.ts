import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AddressValue } from '../organization/index.ts';
import { payers } from '../payers/index.ts';

/** MRNs are assigned from a sequence: short, unique, never reused. */
export const mrnSequence = pgSequence('patient_mrn_seq', { startWith: 100001 });

export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey(),
    mrn: text('mrn').notNull().unique(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: text('sex').notNull(),
    address: jsonb('address').$type<AddressValue>(),
    phone: text('phone'),
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check('patients_sex', sql`${t.sex} in ('F', 'M', 'U')`),
    index('patients_family_given').on(sql`lower(${t.familyName})`, sql`lower(${t.givenName})`),
    index('patients_birth_date').on(t.birthDate),
  ],
);

export interface SubscriberValue {
  name: { given: string; family: string };
  birthDate?: string;
  sex?: 'F' | 'M' | 'U';
  memberId?: string;
}

export const coverages = pgTable(
  'coverages',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    payerId: uuid('payer_id')
      .notNull()
      .references(() => payers.id),
    memberId: text('member_id').notNull(),
    /** 1 primary, 2 secondary, 3 tertiary (X12 SBR01 P/S/T). */
    priority: integer('priority').notNull(),
    relationship: text('relationship').notNull(),
    subscriber: jsonb('subscriber').$type<SubscriberValue>(),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [check('coverages_priority', sql`${t.priority} between 1 and 3`), index('coverages_patient').on(t.patientId)],
);

export const authorizations = pgTable(
  'authorizations',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    coverageId: uuid('coverage_id')
      .notNull()
      .references(() => coverages.id),
    number: text('number').notNull(),
    levelOfCare: text('level_of_care').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    units: integer('units').notNull(),
    unitType: text('unit_type').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check('authorizations_dates', sql`${t.endDate} >= ${t.startDate}`),
    check('authorizations_units', sql`${t.units} > 0`),
    index('authorizations_patient').on(t.patientId),
  ],
);

/**
 * Units consumed from an authorization, one row per billed service (written by billing). `used` and
 * `remaining` are always summed from these rows, never stored, so they cannot drift. Numeric, not
 * integer: hour-based authorizations are consumed in fractions (a 90-minute group is 1.5 hours).
 */
export const authorizationUses = pgTable(
  'authorization_uses',
  {
    id: uuid('id').primaryKey(),
    authorizationId: uuid('authorization_id')
      .notNull()
      .references(() => authorizations.id),
    units: numeric('units', { precision: 10, scale: 2 }).notNull(),
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    /** What consumed the units, e.g. `charge:<id>`, so a voided charge can give them back. */
    source: text('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    check('authorization_uses_units', sql`${t.units} > 0`),
    index('authorization_uses_authorization').on(t.authorizationId),
  ],
);
