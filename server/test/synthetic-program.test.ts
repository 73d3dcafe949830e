// The benchmark's synthetic program (server/bench/synthetic-program.ts): reproducible, sized as
// reference §B4 says, internally consistent, and loadable into a freshly migrated database.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLINIC_HOLIDAYS,
  generateSyntheticProgram,
  seedSyntheticProgram,
  weekday,
  type SyntheticProgram,
} from '../bench/synthetic-program.ts';
import type { Database } from '../src/kernel/db/index.ts';
import { testDatabase } from '../src/kernel/testing/index.ts';
import { isValidNpi } from '../src/modules/organization/index.ts';

const digest = (data: SyntheticProgram) => createHash('sha256').update(JSON.stringify(data)).digest('hex');
// ICD-10-CM code shape (Official Guidelines I.A): category, then up to 4 characters after the dot.
const ICD10_CM = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;

describe('synthetic program', () => {
  const data = generateSyntheticProgram();

  it('is the same for the same seed and differs for another', () => {
    expect(digest(generateSyntheticProgram())).toBe(digest(data));
    expect(generateSyntheticProgram({ seed: data.seed }).patients).toEqual(data.patients);
    expect(digest(generateSyntheticProgram({ seed: data.seed + 1 }))).not.toBe(digest(data));
  });

  it('has the §B4 sizes: 300 patients, 3 payers, 250 weekday program days', () => {
    expect(data.patients).toHaveLength(300);
    expect(new Set(data.patients.map((p) => p.mrn)).size).toBe(300);
    expect(data.payers.map((p) => p.template).sort()).toEqual([
      'commercial_per_diem',
      'commercial_professional',
      'medicare_institutional',
    ]);
    expect(data.programDays).toHaveLength(250);
    expect(new Set(data.programDays).size).toBe(250);
    for (const day of data.programDays) {
      expect([1, 2, 3, 4, 5]).toContain(weekday(day));
      expect(CLINIC_HOLIDAYS).not.toContain(day);
    }
  });

  it('is obviously synthetic', () => {
    for (const p of data.patients) {
      expect(p.familyName).toMatch(/^Test-/);
      expect(p.email).toMatch(/@synthetic\.example\.test$/);
      expect(p.phone).toMatch(/^555-01\d\d$/);
    }
    for (const s of data.staff) expect(s.user.email).toMatch(/\.example\.test$/);
  });

  it('gives every patient one primary coverage and one episode with a principal ICD-10-CM diagnosis', () => {
    const primaries = data.coverages.filter((c) => c.priority === 1);
    expect(new Set(primaries.map((c) => c.patientId)).size).toBe(300);
    expect(primaries).toHaveLength(300);
    const payerIds = new Set(data.payers.map((p) => p.id));
    for (const c of data.coverages) expect(payerIds.has(c.payerId)).toBe(true);
    expect(new Set(data.episodes.map((e) => e.patientId)).size).toBe(300);
    for (const e of data.episodes) {
      const dx = data.episodeDiagnoses.filter((d) => d.episodeId === e.id);
      expect(dx.filter((d) => d.principal)).toHaveLength(1);
      expect(dx.find((d) => d.principal)!.position).toBe(0);
      for (const d of dx) expect(d.code).toMatch(ICD10_CM);
      if (e.dischargeDate) expect(e.dischargeDate >= e.admitDate).toBe(true);
    }
    for (const a of data.authorizations) expect(a.endDate >= a.startDate).toBe(true);
    for (const s of data.staff) if (s.profile.npi) expect(isValidNpi(s.profile.npi)).toBe(true);
    expect(isValidNpi(data.organization.npi)).toBe(true);
  });

  it('schedules cohorts of 8–12 with 4–5 PHP groups a day and 3 IOP groups on 3 days a week', () => {
    for (const c of data.cohorts) {
      expect(c.patientIds.length).toBeGreaterThanOrEqual(8);
      expect(c.patientIds.length).toBeLessThanOrEqual(12);
    }
    expect(data.cohorts.flatMap((c) => c.patientIds).sort()).toEqual(data.patients.map((p) => p.id).sort());
    const php = new Set(data.programs.filter((p) => p.levelOfCare === 'PHP').map((p) => p.id));
    const perCohortDay = new Map<string, number>();
    for (const s of data.groupSessions)
      perCohortDay.set(`${s.cohortId}|${s.date}`, (perCohortDay.get(`${s.cohortId}|${s.date}`) ?? 0) + 1);
    for (const c of data.cohorts) {
      const days = data.programDays.filter((d) => perCohortDay.has(`${c.id}|${d}`));
      if (php.has(c.programId)) {
        expect(days).toHaveLength(250);
        for (const d of days) expect([4, 5]).toContain(perCohortDay.get(`${c.id}|${d}`));
      } else {
        expect(c.weekdays).toHaveLength(3);
        for (const d of days) expect(perCohortDay.get(`${c.id}|${d}`)).toBe(3);
      }
    }
  });

  // Hundreds of thousands of rows: collect the violations and assert once, so the test stays fast.
  it('never books a room or a facilitator twice at the same time', () => {
    const rooms = new Set<string>();
    const people = new Set<string>();
    const clashes: string[] = [];
    for (const s of data.groupSessions) {
      const room = `${s.roomId}|${s.date}|${s.startTime}`;
      const person = `${s.facilitatorStaffId}|${s.date}|${s.startTime}`;
      if (rooms.has(room)) clashes.push(`room ${room}`);
      if (people.has(person)) clashes.push(`facilitator ${person}`);
      rooms.add(room);
      people.add(person);
    }
    expect(clashes).toEqual([]);
  });

  it('records attendance only inside episodes, with minutes that fit the status', () => {
    const sessions = new Map(data.groupSessions.map((s) => [s.id, s]));
    const episodes = new Map(data.episodes.map((e) => [e.patientId, e]));
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const a of data.attendance) {
      const session = sessions.get(a.sessionId)!;
      const episode = episodes.get(a.patientId)!;
      const key = `${a.sessionId}|${a.patientId}`;
      if (session.date < episode.admitDate) problems.push(`${key} before admission`);
      if (episode.dischargeDate && session.date > episode.dischargeDate) problems.push(`${key} after discharge`);
      const minutesFit = a.status.startsWith('absent')
        ? a.minutesAttended === 0
        : a.status === 'present'
          ? a.minutesAttended === session.durationMinutes
          : a.minutesAttended > 0 && a.minutesAttended < session.durationMinutes;
      if (!minutesFit) problems.push(`${key} ${a.status} ${a.minutesAttended} min`);
      if (seen.has(key)) problems.push(`${key} twice`);
      seen.add(key);
    }
    expect(problems).toEqual([]);
    // A constant census of 300 for a year: about 300 × (0.6 × 4.4 × 250 + 0.4 × 3 × 150) ≈ 250k rows.
    expect(data.attendance.length).toBeGreaterThan(200_000);
  });

  describe('seeded into a database', () => {
    let database: Database;
    beforeAll(async () => {
      database = await testDatabase();
    });
    afterAll(async () => {
      await database?.close();
    });

    it('inserts 300 patients and everything they hang on', async () => {
      const counts = await seedSyntheticProgram(database.db, data);
      expect(counts.patients).toBe(300);
      const count = async (table: string) => {
        const result = await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
        return Number((result as unknown as { rows: { n: number }[] }).rows[0]!.n);
      };
      expect(await count('patients')).toBe(300);
      expect(await count('episodes')).toBe(300);
      expect(await count('coverages')).toBe(data.coverages.length);
      expect(await count('authorizations')).toBe(data.authorizations.length);
      expect(await count('episode_diagnoses')).toBe(data.episodeDiagnoses.length);
      expect(await count('staff')).toBe(data.staff.length);
      expect(await count('payers')).toBe(3);
      expect(await count('sessions')).toBe(data.groupSessions.length);
      expect(counts.groups).toBe(await count('groups'));
      // Every member is enrolled only while admitted to the group's program.
      const stray = await database.db.execute(
        sql.raw(`select count(*)::int as n from enrollments e join groups g on g.id = e.group_id
          where not exists (select 1 from episodes ep where ep.patient_id = e.patient_id
            and ep.program_id = g.program_id and ep.admit_date = e.start_date)`),
      );
      expect((stray as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
      expect(await count('enrollments')).toBeGreaterThan(300);
    });
  });
});
