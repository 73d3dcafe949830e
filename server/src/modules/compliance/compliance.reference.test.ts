// The report through the API against the brute-force reference (reference-report.ts), over random
// programs: each run gets a fresh site, program, patients, groups and appointments, six weeks of
// sessions (two before the report, so absence runs reach back), random attendance, notes, measures,
// authorizations with units used, discharges, readmissions and step-downs, and a random "now".
import { inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../kernel/ids.ts';
import { createTestApp, type Session, type TestApp } from '../../testing/index.ts';
import { attendance } from '../attendance/index.ts';
import { notes } from '../notes/index.ts';
import { assessments } from '../outcomes/index.ts';
import { rooms, sites, staff } from '../organization/index.ts';
import { authorizationUses, authorizations, coverages, patients } from '../patients/index.ts';
import { insertPayer } from '../patients/test-fixtures.ts';
import { episodes, levelOfCareChanges, programs } from '../programs/index.ts';
import { enrollments, groups, localInstant, sessions } from '../scheduling/index.ts';
import { loadReferenceData, referenceReport } from './reference-report.ts';
import { plusDays } from './weeks.ts';

let t: TestApp;
let director: Session;
let staffId: string;
let payerId: string;

/** The report's four weeks; sessions start two weeks earlier. */
const FIRST = '2026-03-02';
const WEEKS = 4;
const SEEDED_FROM = plusDays(FIRST, -14);
const DAYS = 14 + 7 * WEEKS;
const STATUSES = ['present', 'late', 'left_early', 'absent_excused', 'absent_unexcused'] as const;
const NAMES = ['Adams', 'Baker', 'Clark', 'Davis', 'Evans', 'Baker'];

beforeAll(async () => {
  // Each run sets its own "now" within these weeks: logins outlive the jumps.
  t = await createTestApp({ sessionIdleMinutes: 60 * 24 * 90, sessionAbsoluteHours: 24 * 90 });
  t.clock.set(`${SEEDED_FROM}T00:00:00Z`);
  director = await t.login('program_director');
  const psychiatrist = await t.login('psychiatrist');
  staffId = psychiatrist.userId;
  await t.db.insert(staff).values({ id: staffId });
  payerId = await insertPayer(t.db);
});
afterAll(() => t.close());

const day = (n: number) => plusDays(SEEDED_FROM, n);

const patientArb = fc.record({
  admit: fc.integer({ min: -40, max: DAYS - 3 }),
  stay: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  readmitAfter: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
  stepDownAfter: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
  /** How likely each record is an absence, in tenths. */
  absentTenths: fc.integer({ min: 0, max: 10 }),
  enrolledFrom: fc.integer({ min: -5, max: DAYS }),
  appointment: fc.option(fc.integer({ min: 0, max: DAYS - 1 }), { nil: null }),
  measures: fc.array(fc.integer({ min: -50, max: DAYS - 1 }), { maxLength: 8 }),
  authorization: fc.option(
    fc.record({
      start: fc.integer({ min: -30, max: DAYS - 1 }),
      length: fc.integer({ min: 0, max: 60 }),
      units: fc.integer({ min: 1, max: 30 }),
      uses: fc.array(
        fc.record({ at: fc.integer({ min: 0, max: 60 }), hundredths: fc.integer({ min: 25, max: 600 }) }),
        {
          maxLength: 5,
        },
      ),
      otherLevel: fc.boolean(),
    }),
    { nil: null },
  ),
});

const scenarioArb = fc.record({
  zone: fc.constantFrom('America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata'),
  levelOfCare: fc.constantFrom('IOP', 'PHP'),
  minHours: fc.constantFrom(9, 12.5, 20),
  groups: fc.array(
    fc.record({
      days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      hour: fc.integer({ min: 0, max: 22 }),
      minutes: fc.constantFrom(45, 60, 90, 180),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  patients: fc.array(patientArb, { minLength: 1, maxLength: NAMES.length }),
  /** Streams of random choices, consumed in order. */
  rolls: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 64, maxLength: 64 }),
  nowDay: fc.integer({ min: 14, max: DAYS + 3 }),
  nowMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes one random program straight into the tables; returns its id and "now". */
async function seed(s: Scenario): Promise<{ programId: string; now: Date }> {
  let roll = 0;
  const next = () => s.rolls[roll++ % s.rolls.length]!;
  const siteId = newId();
  await t.db.insert(sites).values({
    id: siteId,
    name: 'Random site',
    timeZone: s.zone,
    address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' },
    placeOfService: '22',
  });
  const roomId = newId();
  await t.db.insert(rooms).values({ id: roomId, siteId, name: 'Room', capacity: 12 });
  const programId = newId();
  const other = s.levelOfCare === 'PHP' ? 'IOP' : 'PHP';
  await t.db.insert(programs).values({
    id: programId,
    name: 'Random program',
    siteId,
    levelOfCare: s.levelOfCare,
    population: 'mental_health',
    minHoursPerWeek: s.minHours,
  });
  const now = new Date(localInstant(day(s.nowDay), '00:00', s.zone).getTime() + s.nowMinute * 60_000);
  const createdAt = new Date('2026-01-01T00:00:00Z');

  const groupIds: string[] = [];
  const sessionRows: (typeof sessions.$inferInsert)[] = [];
  for (const g of s.groups) {
    const groupId = newId();
    groupIds.push(groupId);
    await t.db.insert(groups).values({
      id: groupId,
      programId,
      name: 'Random group',
      kind: 'skills',
      capacity: 12,
      startDate: day(0),
      endDate: day(DAYS - 1),
      timeZone: s.zone,
      materializedThrough: day(DAYS - 1),
      createdAt,
    });
    for (let d = 0; d < DAYS; d += 1) {
      const date = day(d);
      if (!g.days.includes(new Date(`${date}T00:00:00Z`).getUTCDay() || 7)) continue;
      const startsAt = localInstant(date, `${String(g.hour).padStart(2, '0')}:15`, s.zone);
      sessionRows.push({
        id: newId(),
        groupId,
        programId,
        kind: 'skills',
        occurrenceDate: date,
        startsAt,
        endsAt: new Date(startsAt.getTime() + g.minutes * 60_000),
        timeZone: s.zone,
        roomId,
        status: next() < 8 ? 'cancelled' : 'scheduled',
        createdAt,
      });
    }
  }

  const records: (typeof attendance.$inferInsert)[] = [];
  for (const [i, p] of s.patients.entries()) {
    const patientId = newId();
    await t.db.insert(patients).values({
      id: patientId,
      mrn: `R${newId().slice(0, 8)}`,
      givenName: `Pat${i}`,
      familyName: NAMES[i]!,
      birthDate: '1980-01-01',
      sex: 'U',
      createdAt,
    });
    const stays: { admit: string; discharge: string | null }[] = [
      { admit: day(p.admit), discharge: p.stay === null ? null : day(p.admit + p.stay) },
    ];
    if (p.stay !== null && p.readmitAfter !== null)
      stays.push({ admit: day(p.admit + p.stay + p.readmitAfter), discharge: null });
    for (const stay of stays) {
      const episodeId = newId();
      await t.db.insert(episodes).values({
        id: episodeId,
        patientId,
        programId,
        admitDate: stay.admit,
        dischargeDate: stay.discharge,
        attendingStaffId: staffId,
        createdAt,
      });
      await t.db.insert(levelOfCareChanges).values({
        id: newId(),
        episodeId,
        levelOfCare: s.levelOfCare,
        effectiveDate: stay.admit,
        recordedAt: createdAt,
      });
      if (p.stepDownAfter !== null) {
        await t.db.insert(levelOfCareChanges).values({
          id: newId(),
          episodeId,
          levelOfCare: other,
          effectiveDate: plusDays(stay.admit, p.stepDownAfter),
          recordedAt: new Date(createdAt.getTime() + 1000),
        });
      }
    }
    const groupId = groupIds[i % groupIds.length]!;
    await t.db.insert(enrollments).values({
      id: newId(),
      groupId,
      patientId,
      startDate: day(Math.max(0, p.enrolledFrom)),
      status: 'active',
      requestedAt: createdAt,
    });
    if (p.appointment !== null) {
      const startsAt = localInstant(day(p.appointment), '16:40', s.zone);
      sessionRows.push({
        id: newId(),
        programId,
        kind: 'individual_therapy',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 50 * 60_000),
        timeZone: s.zone,
        patientId,
        modality: 'in_person',
        createdAt,
      });
    }
    // Every member's records in its group's sessions and its own appointment, some sessions ahead
    // recorded early, now and then a drop-in to another group.
    for (const session of sessionRows) {
      const mine = session.groupId === groupId || session.patientId === patientId;
      const dropIn = !mine && session.groupId !== undefined && next() < 3;
      if (!mine && !dropIn) continue;
      if (session.startsAt > now && next() >= 15) continue;
      const length = (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000;
      const status = next() < p.absentTenths * 10 ? STATUSES[3 + (next() % 2)]! : STATUSES[next() % 3]!;
      const minutes = status.startsWith('absent') ? 0 : status === 'present' ? length : Math.max(0, length - 20);
      records.push({
        id: newId(),
        sessionId: session.id!,
        patientId,
        status,
        minutesAttended: minutes,
        modality: 'in_person',
        dropIn,
        dropInReason: dropIn ? 'Random drop-in' : null,
        recordedAt: createdAt,
        updatedAt: createdAt,
      });
    }
    for (const d of p.measures) {
      await t.db.insert(assessments).values({
        id: newId(),
        patientId,
        instrument: next() < 50 ? 'PHQ-9' : next() < 80 ? 'GAD-7' : 'AUDIT-C',
        answers: [0],
        total: 0,
        administeredAt: localInstant(day(d), '11:00', s.zone),
        createdAt,
      });
    }
    if (p.authorization) {
      const a = p.authorization;
      const coverageId = newId();
      await t.db
        .insert(coverages)
        .values({ id: coverageId, patientId, payerId, memberId: 'M', priority: 1, relationship: 'self', createdAt });
      const authorizationId = newId();
      await t.db.insert(authorizations).values({
        id: authorizationId,
        patientId,
        coverageId,
        number: `AUTH-${i}`,
        levelOfCare: a.otherLevel ? other : s.levelOfCare,
        startDate: day(a.start),
        endDate: day(a.start + a.length),
        units: a.units,
        unitType: 'days',
        createdAt,
      });
      for (const use of a.uses) {
        await t.db.insert(authorizationUses).values({
          id: newId(),
          authorizationId,
          units: (use.hundredths / 100).toFixed(2),
          serviceDate: day(a.start + Math.min(use.at, a.length)),
          source: `test:${newId()}`,
          createdAt,
        });
      }
    }
  }
  await t.db.insert(sessions).values(sessionRows);
  if (records.length > 0) await t.db.insert(attendance).values(records);
  // Group notes of past sessions: none, a draft or signed.
  const noteRows = sessionRows
    .filter((x) => x.groupId && x.endsAt <= now && next() < 70)
    .map((x) => {
      const signed = next() < 60;
      return {
        id: newId(),
        kind: 'group',
        sessionId: x.id!,
        status: signed ? 'signed' : 'draft',
        content: {},
        dueAt: createdAt,
        signature: signed ? { staffId, name: 'Lead', credentials: null, at: createdAt.toISOString() } : null,
        createdAt,
        updatedAt: createdAt,
      };
    });
  if (noteRows.length > 0) await t.db.insert(notes).values(noteRows);
  // Signing confirms the session's attendance (notes/README.md): the signed sessions' records say so.
  const signed = noteRows.filter((n) => n.status === 'signed').map((n) => n.sessionId);
  if (signed.length > 0) {
    await t.db.update(attendance).set({ confirmedAt: createdAt }).where(inArray(attendance.sessionId, signed));
  }
  return { programId, now };
}

describe('the compliance report against a brute-force reference', () => {
  it('agrees week by week on random programs', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const { programId, now } = await seed(scenario);
        t.clock.set(now);
        const res = await t.call(director, {
          method: 'GET',
          url: `/api/compliance/weeks?programId=${programId}&from=${FIRST}&to=${plusDays(FIRST, 7 * WEEKS - 1)}`,
        });
        expect(res.statusCode, res.body).toBe(200);
        const data = await loadReferenceData(t.db, programId);
        const weekStarts = Array.from({ length: WEEKS }, (_, w) => plusDays(FIRST, 7 * w));
        expect(res.json().weeks).toEqual(referenceReport(data, { weekStarts, now }));

        const single = await t.call(director, {
          method: 'GET',
          url: `/api/compliance/weekly?programId=${programId}&weekOf=${plusDays(FIRST, 7 * (scenario.nowDay % WEEKS) + 3)}`,
        });
        expect(single.json()).toEqual({
          programId,
          ...referenceReport(data, { weekStarts: [weekStarts[scenario.nowDay % WEEKS]!], now })[0],
        });
      }),
      { numRuns: 25, endOnFailure: true },
    );
  });
});
