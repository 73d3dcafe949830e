// The audit trail is append-only and tamper-evident (AU-4, decision 0003): the trigger stops the
// application from rewriting it, and whoever disables the trigger is still caught by the hash chain.
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import type { Database, Db } from '../db/index.ts';
import { systemContext } from '../http/context.ts';
import { testDatabase } from '../testing/index.ts';
import { createAudit, sealPendingEvents, verifyChain } from './audit.ts';
import { auditChain } from './audit.tables.ts';

const clock = new ManualClock('2026-02-02T15:00:00Z');
const audit = createAudit({ clock });

/** Record `n` events, each in its own transaction like separate requests. */
async function record(db: Db, n: number, category = 'patient'): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    clock.advance(1000);
    await db.transaction((tx) =>
      audit.record(tx, systemContext(`req-${i}`), { action: 'read', category, entityId: `e-${i}`, details: { i } }),
    );
  }
}

async function chainRow(db: Db, position: number): Promise<{ eventId: string }> {
  const [row] = await db
    .select({ eventId: auditChain.eventId })
    .from(auditChain)
    .where(eq(auditChain.position, position));
  if (!row) throw new Error(`no chain row at position ${position}`);
  return row;
}

/** The PostgreSQL error code behind a failed query (Drizzle wraps the driver's error). */
async function pgCodeOf(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
  } catch (err) {
    for (let e = err as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
      if (typeof e.code === 'string') return e.code;
    }
    throw err;
  }
  return undefined;
}

describe('audit chain', () => {
  let database: Database;
  let db: Db;

  beforeEach(async () => {
    database = await testDatabase({ poolSize: 2 });
    db = database.db;
  });
  afterEach(async () => {
    await database.close();
  });

  it('seals recorded events and verifies them', async () => {
    await record(db, 5);
    expect(await verifyChain(db)).toEqual({ ok: true, checked: 0, unsealed: 5 });

    expect(await sealPendingEvents(db, clock)).toBe(5);
    expect(await sealPendingEvents(db, clock)).toBe(0);
    await record(db, 2);
    expect(await sealPendingEvents(db, clock)).toBe(2);

    expect(await verifyChain(db)).toEqual({ ok: true, checked: 7, unsealed: 0 });
  });

  it('rejects UPDATE, DELETE and TRUNCATE while the trigger is on', async () => {
    await record(db, 2);
    await sealPendingEvents(db, clock);
    // 42501 insufficient_privilege, raised by audit_reject_change()
    expect(await pgCodeOf(db.execute(sql`update audit_events set details = '{}'`))).toBe('42501');
    expect(await pgCodeOf(db.execute(sql`delete from audit_events`))).toBe('42501');
    expect(await pgCodeOf(db.execute(sql`truncate audit_events`))).toBe('42501');
    expect(await pgCodeOf(db.execute(sql`update audit_chain set hash = prev_hash`))).toBe('42501');
    expect(await pgCodeOf(db.execute(sql`delete from audit_chain`))).toBe('42501');
    expect(await pgCodeOf(db.execute(sql`truncate audit_chain`))).toBe('42501');
    expect(await verifyChain(db)).toEqual({ ok: true, checked: 2, unsealed: 0 });
  });

  it('names an altered event when someone disables the trigger and rewrites a row', async () => {
    await record(db, 5);
    await sealPendingEvents(db, clock);
    const { eventId } = await chainRow(db, 3);

    // The database owner can switch the trigger off; the chain still tells.
    await db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await db.execute(sql`update audit_events set details = '{"i": 99}' where id = ${eventId}`);

    expect(await verifyChain(db)).toMatchObject({
      ok: false,
      checked: 2,
      firstBad: { position: 3, eventId, problem: 'altered' },
    });
  });

  it('names a missing event when a sealed row is deleted', async () => {
    await record(db, 4);
    await sealPendingEvents(db, clock);
    const { eventId } = await chainRow(db, 2);

    await db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await db.execute(sql`delete from audit_events where id = ${eventId}`);

    expect(await verifyChain(db)).toMatchObject({
      ok: false,
      checked: 1,
      firstBad: { position: 2, eventId, problem: 'missing' },
    });
  });

  it('names a relinked position when a chain link is removed', async () => {
    await record(db, 4);
    await sealPendingEvents(db, clock);
    const { eventId: removed } = await chainRow(db, 2);
    const { eventId: next } = await chainRow(db, 3);

    await db.execute(sql`alter table audit_chain disable trigger audit_chain_append_only`);
    await db.execute(sql`delete from audit_chain where event_id = ${removed}`);

    expect(await verifyChain(db)).toMatchObject({
      ok: false,
      checked: 1,
      firstBad: { position: 3, eventId: next, problem: 'relinked' },
    });
  });

  it('seals an event that commits after later events were sealed', async () => {
    // Leave a gap in the sequence, as a long transaction holding seq 50 would, while later ones commit.
    await db.execute(sql`select setval(pg_get_serial_sequence('audit_events', 'seq'), 100)`);
    await record(db, 3);
    expect(await sealPendingEvents(db, clock)).toBe(3);

    await db.execute(sql`
      insert into audit_events (id, seq, at, actor_roles, action, category, outcome, ip, request_id, details)
      values ('00000000-0000-4000-8000-000000000050', 50, ${clock.now().toISOString()}, '{}', 'read', 'patient',
              'success', '127.0.0.1', 'late', '{}')`);
    expect(await verifyChain(db)).toEqual({ ok: true, checked: 3, unsealed: 1 });

    expect(await sealPendingEvents(db, clock)).toBe(1);
    expect(await chainRow(db, 4)).toEqual({ eventId: '00000000-0000-4000-8000-000000000050' });
    expect(await verifyChain(db)).toEqual({ ok: true, checked: 4, unsealed: 0 });
  });
});
