import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Append-only: a trigger in the migrations rejects UPDATE, DELETE and TRUNCATE (AU-4).
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorId: uuid('actor_id'),
    actorRoles: text('actor_roles').array().notNull(),
    patientId: uuid('patient_id'),
    /** create | read | update | delete | query | login | logout | export | print | security */
    action: text('action').notNull(),
    /** The kind of record touched, e.g. `patient`, `coverage`, `session`. */
    category: text('category').notNull(),
    entityId: text('entity_id'),
    /** success | failure | denied */
    outcome: text('outcome').notNull(),
    ip: text('ip'),
    requestId: text('request_id').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    index('audit_events_patient_at').on(t.patientId, t.at),
    index('audit_events_actor_at').on(t.actorId, t.at),
    index('audit_events_at').on(t.at),
  ],
);

// The SHA-256 chain, written after commit by the sealer in the order events are sealed
// (DESIGN §3.5: a chain head updated inside every transaction would serialize all writers).
export const auditChain = pgTable('audit_chain', {
  position: bigint('position', { mode: 'number' }).primaryKey(),
  eventId: uuid('event_id').notNull().unique(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true, mode: 'date' }).notNull(),
});
