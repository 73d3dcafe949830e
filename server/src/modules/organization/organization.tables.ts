import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from '../identity/index.ts';

export interface AddressValue {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  postalCode: string;
}

/** The billing identity (X12 837 loop 2010AA): one row. */
export const organization = pgTable(
  'organization',
  {
    id: integer('id').primaryKey().default(1),
    name: text('name').notNull(),
    npi: text('npi').notNull(),
    taxId: text('tax_id').notNull(),
    taxonomy: text('taxonomy').notNull(),
    facilityType: text('facility_type').notNull(),
    address: jsonb('address').$type<AddressValue>().notNull(),
    phone: text('phone').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [check('organization_single_row', sql`${t.id} = 1`)],
);

export const sites = pgTable('sites', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull(),
  address: jsonb('address').$type<AddressValue>().notNull(),
  placeOfService: text('place_of_service').notNull(),
  active: boolean('active').notNull().default(true),
});

export const rooms = pgTable(
  'rooms',
  {
    id: uuid('id').primaryKey(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    name: text('name').notNull(),
    capacity: integer('capacity').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [check('rooms_capacity_positive', sql`${t.capacity} >= 1`), index('rooms_site').on(t.siteId)],
);

/** Clinical and billing profile of a user who is staff; the login itself is identity's `users`. */
export const staff = pgTable('staff', {
  id: uuid('id')
    .primaryKey()
    .references(() => users.id),
  credentials: text('credentials'),
  npi: text('npi'),
  taxonomy: text('taxonomy'),
  supervisorId: uuid('supervisor_id').references((): AnyPgColumn => staff.id),
});
