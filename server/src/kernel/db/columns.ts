// Column and constraint helpers shared by every module's tables (DESIGN §3.7: instants are
// timestamptz; clinic-local dates are plain dates).
import { sql } from 'drizzle-orm';
import { date, timestamp } from 'drizzle-orm/pg-core';

export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const localDate = (name: string) => date(name, { mode: 'string' });

/** The list of a CHECK (column in (…)) constraint, from a TypeScript list of literals. */
export const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
