// The synthetic program's year of groups: patients split into standing cohorts of 8–12, each
// cohort's sessions on every day it meets, and every member's attendance at them.
import type { Random } from './random.ts';
import {
  GROUP_MINUTES,
  IOP_GROUPS,
  IOP_SLOTS,
  IOP_WEEKDAY_PATTERNS,
  PHP_GROUPS,
  PHP_SLOTS,
  PROGRAM_SPECS,
  weekday,
  type AttendanceStatus,
  type Modality,
} from './synthetic-catalog.ts';
import type { Structure } from './synthetic-organization.ts';
import type { SyntheticAttendance, SyntheticCohort, SyntheticGroupSession } from './synthetic-program.ts';

/** Split `n` members into groups of 8–12 (§B4), sizes varied a little by `r`. */
function cohortSizes(n: number, r: Random): number[] {
  if (n < 8) return n > 0 ? [n] : [];
  const low = Math.ceil(n / 12);
  const high = Math.max(low, Math.floor(n / 8));
  const k = Math.min(high, Math.max(low, Math.round(n / 10)));
  const sizes = Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
  for (let moves = 0; moves < k * 2; moves += 1) {
    const from = r.int(0, k - 1);
    const to = r.int(0, k - 1);
    if (from !== to && sizes[from]! > 8 && sizes[to]! < 12) {
      sizes[from]! -= 1;
      sizes[to]! += 1;
    }
  }
  return sizes;
}

/** The census split across programs by their share, then into cohorts; `programOf` maps patient → program index. */
export function buildCohorts(
  r: Random,
  ids: Random,
  patientIds: readonly string[],
  structure: Structure,
): { cohorts: SyntheticCohort[]; programOf: Map<string, number> } {
  const shuffled = r.shuffle(patientIds);
  const counts = PROGRAM_SPECS.map((spec) => Math.round(spec.share * patientIds.length));
  counts[0] = patientIds.length - counts.slice(1).reduce((a, b) => a + b, 0);
  const cohorts: SyntheticCohort[] = [];
  const programOf = new Map<string, number>();
  let offset = 0;
  PROGRAM_SPECS.forEach((spec, p) => {
    const members = shuffled.slice(offset, offset + counts[p]!);
    offset += counts[p]!;
    members.forEach((id) => programOf.set(id, p));
    const siteRooms = structure.rooms.filter((room) => room.siteId === structure.sites[spec.site]!.id);
    const label = spec.key === 'php' ? 'PHP' : spec.key === 'iop_mh' ? 'IOP' : 'COD-IOP';
    let taken = 0;
    cohortSizes(members.length, r).forEach((size, c) => {
      cohorts.push({
        id: ids.uuid(),
        programId: structure.programs[p]!.id!,
        name: `${label} Cohort ${String.fromCharCode(65 + (c % 26))}${c >= 26 ? Math.floor(c / 26) : ''}`,
        // PHP by day and IOP in the evening share the main campus's rooms without overlapping.
        roomId: siteRooms[c % siteRooms.length]!.id!,
        weekdays:
          spec.levelOfCare === 'PHP' ? [1, 2, 3, 4, 5] : [...IOP_WEEKDAY_PATTERNS[c % IOP_WEEKDAY_PATTERNS.length]!],
        patientIds: members.slice(taken, taken + size),
      });
      taken += size;
    });
  });
  return { cohorts, programOf };
}

/**
 * Every cohort's sessions on the days it meets: PHP 4 or 5 groups, IOP 3. Every group that meets at
 * the same date and time gets a different facilitator from its pool (the generator throws otherwise).
 */
export function buildSchedule(
  r: Random,
  days: readonly string[],
  cohorts: readonly SyntheticCohort[],
  structure: Structure,
): SyntheticGroupSession[] {
  const therapists = structure.roleIds('therapist');
  const dayPool = [...therapists, ...structure.roleIds('nurse'), ...structure.roleIds('peer_specialist')];
  const eveningPool = [...therapists, ...structure.roleIds('peer_specialist')];
  const phpPrograms = new Set(structure.programs.filter((p) => p.levelOfCare === 'PHP').map((p) => p.id!));
  const sessions: SyntheticGroupSession[] = [];
  days.forEach((date, d) => {
    const w = weekday(date);
    const bySlot = new Map<string, { cohort: SyntheticCohort; index: number; php: boolean }[]>();
    for (const cohort of cohorts.filter((c) => c.weekdays.includes(w))) {
      const php = phpPrograms.has(cohort.programId);
      const slots = php ? PHP_SLOTS.slice(0, r.chance(0.4) ? 5 : 4) : IOP_SLOTS;
      slots.forEach((time, index) => bySlot.set(time, [...(bySlot.get(time) ?? []), { cohort, index, php }]));
    }
    for (const [time, entries] of bySlot) {
      const php = entries[0]!.php;
      const pool = php ? dayPool : eveningPool;
      const groups = php ? PHP_GROUPS : IOP_GROUPS;
      if (entries.length > pool.length) {
        throw new Error(`synthetic program: ${entries.length} groups at ${date} ${time}, ${pool.length} facilitators`);
      }
      const rotate = (d * 7 + Number(time.slice(0, 2)) * 3) % pool.length;
      entries.forEach(({ cohort, index }, e) => {
        const [kind, title] = groups[(d + index) % groups.length]!;
        sessions.push({
          id: r.uuid(),
          cohortId: cohort.id,
          programId: cohort.programId,
          date,
          startTime: time,
          durationMinutes: GROUP_MINUTES,
          kind,
          title,
          roomId: cohort.roomId,
          facilitatorStaffId: pool[(rotate + e) % pool.length]!,
        });
      });
    }
  });
  return sessions;
}

/**
 * Each patient has an attendance habit (78–98% of days); a missed day misses all its groups; on a
 * day present, a few groups are joined late or left early. Only within the patient's episode.
 */
export function buildAttendance(
  r: Random,
  days: readonly string[],
  cohorts: readonly SyntheticCohort[],
  sessions: readonly SyntheticGroupSession[],
  patientIds: readonly string[],
  spans: Map<string, { admit: string; discharge: string | null }>,
): SyntheticAttendance[] {
  const byDateCohort = new Map<string, SyntheticGroupSession[]>();
  for (const s of sessions) {
    const key = `${s.date}|${s.cohortId}`;
    byDateCohort.set(key, [...(byDateCohort.get(key) ?? []), s]);
  }
  const habit = new Map(patientIds.map((id) => [id, 0.78 + r.next() * 0.2]));
  const attendance: SyntheticAttendance[] = [];
  for (const date of days) {
    for (const cohort of cohorts) {
      const daySessions = byDateCohort.get(`${date}|${cohort.id}`);
      if (!daySessions) continue;
      const iop = daySessions[0]!.startTime >= IOP_SLOTS[0];
      for (const patientId of cohort.patientIds) {
        const span = spans.get(patientId)!;
        if (date < span.admit || (span.discharge !== null && date > span.discharge)) continue;
        const showsUp = r.chance(habit.get(patientId)!);
        const excused = r.chance(0.4);
        const modality: Modality = iop && r.chance(0.08) ? 'telehealth_video' : 'in_person';
        for (const session of daySessions) {
          let status: AttendanceStatus = excused ? 'absent_excused' : 'absent_unexcused';
          let minutes = 0;
          if (showsUp) {
            const roll = r.next();
            if (roll < 0.03) {
              status = 'late';
              minutes = session.durationMinutes - r.int(5, 25);
            } else if (roll < 0.05) {
              status = 'left_early';
              minutes = r.int(20, 50);
            } else {
              status = 'present';
              minutes = session.durationMinutes;
            }
          }
          attendance.push({ sessionId: session.id, patientId, status, minutesAttended: minutes, modality });
        }
      }
    }
  }
  return attendance;
}
