// Properties of roster derivation over random sequences of enrollments, early ends and withdrawals,
// on a real database: each run gets a fresh group, applies the sequence through the service (bad
// requests are refused and change nothing), then checks what must hold whatever happened.
import { eq, inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, systemContext } from '../../kernel/http/index.ts';
import { createTestApp, type TestApp } from '../../testing/index.ts';
import { peakOccupancy } from './capacity.ts';
import type { GroupBody } from './groups.schemas.ts';
import { addDays, localDate } from './recurrence.ts';
import { expectedRosters } from './roster.queries.ts';
import { enrollments, rosterReviews } from './scheduling.tables.ts';
import { admitPatient, groupBody, setUpClinic, type Clinic } from './test-fixtures.ts';

let t: TestApp;
let clinic: Clinic;
const patientIds: string[] = [];
const ctx = systemContext('roster-properties');

const FIRST = '2026-03-02';
const LAST = '2026-03-27';
const day = (n: number) => addDays(FIRST, n);
// Wednesday 11 March, 14:00 in New York: about half of each group's sessions have started.
const NOW = '2026-03-11T18:00:00Z';

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(NOW);
  clinic = await setUpClinic(t);
  for (let i = 0; i < 5; i += 1) patientIds.push(await admitPatient(t, clinic, { given: `P${i}`, family: 'Prop' }));
});
afterAll(() => t.close());

type Op =
  | { kind: 'enroll'; patient: number; start: number; length: number | null }
  | { kind: 'end'; target: number; at: number }
  | { kind: 'withdraw'; target: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('enroll' as const),
    patient: fc.integer({ min: 0, max: 4 }),
    start: fc.integer({ min: -2, max: 27 }),
    length: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('end' as const), target: fc.nat(20), at: fc.integer({ min: 0, max: 27 }) }),
  fc.record({ kind: fc.constant('withdraw' as const), target: fc.nat(20) }),
);

// Each run's group gets its own five minutes of the day, so no two runs double-book room or lead.
let slot = 0;
async function freshGroup(capacity: number): Promise<string> {
  slot += 1;
  const time = `${String(Math.floor(slot / 12)).padStart(2, '0')}:${String((slot % 12) * 5).padStart(2, '0')}`;
  const body = groupBody(
    clinic,
    { name: `Property ${slot}`, capacity },
    { startDate: FIRST, endDate: LAST, startTime: time, durationMinutes: 5 },
  );
  return (await t.modules.scheduling.groups.createGroup(ctx, body as GroupBody)).id;
}

/** Applies one operation; a refusal (a 4xx AppError) is an expected outcome and writes nothing. */
async function apply(groupId: string, op: Op, created: string[]): Promise<void> {
  const { enrollments: service } = t.modules.scheduling;
  try {
    if (op.kind === 'enroll') {
      const { id } = await service.createEnrollment(ctx, groupId, {
        patientId: patientIds[op.patient]!,
        startDate: day(op.start),
        ...(op.length !== null ? { endDate: day(op.start + op.length) } : {}),
      });
      created.push(id);
    } else if (created.length > 0) {
      const id = created[op.target % created.length]!;
      if (op.kind === 'end') await service.endEnrollment(ctx, id, day(op.at));
      else await service.withdrawEnrollment(ctx, id, undefined);
    }
  } catch (err) {
    if (!(err instanceof AppError) || err.status >= 500) throw err;
  }
}

async function observe(groupId: string) {
  const rows = await t.db.select().from(enrollments).where(eq(enrollments.groupId, groupId));
  const sessions = await t.modules.scheduling.groups.listGroupSessions(groupId, FIRST, LAST);
  const rosters = await expectedRosters(
    t.db,
    sessions.map((s) => s.id),
  );
  const reviews =
    rows.length === 0
      ? []
      : await t.db
          .select()
          .from(rosterReviews)
          .where(
            inArray(
              rosterReviews.enrollmentId,
              rows.map((r) => r.id),
            ),
          );
  return { rows, sessions, rosters, reviews };
}

const sequence = fc.record({ capacity: fc.integer({ min: 1, max: 3 }), ops: fc.array(opArb, { maxLength: 12 }) });
const runs = { numRuns: 25, endOnFailure: true };

describe('roster derivation', () => {
  it('puts a patient on a session iff an active enrollment covers its date, never past capacity', async () => {
    await fc.assert(
      fc.asyncProperty(sequence, async ({ capacity, ops }) => {
        const groupId = await freshGroup(capacity);
        const created: string[] = [];
        for (const op of ops) await apply(groupId, op, created);
        const { rows, sessions, rosters } = await observe(groupId);
        const active = rows.filter((r) => r.status === 'active');

        for (const session of sessions) {
          const date = localDate(session.startsAt, session.timeZone);
          const covering = active.filter((r) => r.startDate <= date && (r.endDate === null || r.endDate >= date));
          const members = rosters.get(session.id)!.map((m) => m.patientId);
          expect(members.sort()).toEqual(covering.map((r) => r.patientId).sort());
          expect(members.length).toBeLessThanOrEqual(capacity);
        }
        // On every date, not only on session dates.
        expect(
          peakOccupancy(
            active.map((r) => ({ start: r.startDate, end: r.endDate })),
            FIRST,
            null,
          ),
        ).toBeLessThanOrEqual(capacity);
      }),
      runs,
    );
  });

  it('flags every change to a started session and none to a future one', async () => {
    await fc.assert(
      fc.asyncProperty(sequence, async ({ capacity, ops }) => {
        const groupId = await freshGroup(capacity);
        const created: string[] = [];
        for (const op of ops) await apply(groupId, op, created);
        const { sessions, rosters, reviews } = await observe(groupId);
        const now = t.clock.now();

        for (const session of sessions) {
          const flagged = reviews.filter((r) => r.sessionId === session.id);
          if (session.startsAt > now) {
            expect(flagged).toEqual([]);
            continue;
          }
          // The group started empty, so a started session's roster is exactly what the flags say
          // was added to it and not removed again.
          const net = new Map<string, number>();
          for (const r of flagged) net.set(r.patientId, (net.get(r.patientId) ?? 0) + (r.change === 'added' ? 1 : -1));
          const flaggedIn = [...net].filter(([, n]) => n === 1).map(([patientId]) => patientId);
          expect([...net.values()].every((n) => n === 0 || n === 1)).toBe(true);
          expect(flaggedIn.sort()).toEqual(
            rosters
              .get(session.id)!
              .map((m) => m.patientId)
              .sort(),
          );
        }
      }),
      runs,
    );
  });

  it('keeps the waitlist numbered 1..n in request order', async () => {
    await fc.assert(
      fc.asyncProperty(sequence, async ({ capacity, ops }) => {
        const groupId = await freshGroup(capacity);
        const created: string[] = [];
        for (const op of ops) await apply(groupId, op, created);
        const listed = await t.modules.scheduling.enrollments.listEnrollments(ctx, groupId);
        const waiting = listed.filter((r) => r.enrollment.status === 'waitlisted');
        expect(waiting.map((r) => r.waitlistPosition)).toEqual(waiting.map((_, i) => i + 1));
        const seqs = waiting.map((r) => r.enrollment.requestSeq);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      }),
      runs,
    );
  });
});
