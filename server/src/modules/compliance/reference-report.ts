// Test code only: the weekly compliance report computed the slow, obvious way from whole tables, for
// the tests and the S4 benchmark to compare the service's set-based reading with. It shares no code
// with the service: every rule is restated here from its definition, one patient, week and record
// at a time (local dates through Intl; loops where the service does arithmetic).
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { attendance } from '../attendance/index.ts';
import { notes } from '../notes/index.ts';
import { assessments, DEFAULT_MEASURE_SCHEDULE, measuresDue } from '../outcomes/index.ts';
import { sites } from '../organization/index.ts';
import { authorizations, authorizationUses, patients } from '../patients/index.ts';
import { episodes, levelOfCareChanges, programs } from '../programs/index.ts';
import { enrollments, sessions } from '../scheduling/index.ts';

export interface ReferenceData {
  program: { id: string; levelOfCare: string; minHoursPerWeek: number; timeZone: string };
  patients: { id: string; givenName: string; familyName: string }[];
  episodes: { id: string; patientId: string; admitDate: string; dischargeDate: string | null }[];
  levelChanges: { episodeId: string; levelOfCare: string; effectiveDate: string; recordedAt: Date }[];
  sessions: {
    id: string;
    groupId: string | null;
    patientId: string | null;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    status: string;
  }[];
  enrollments: { groupId: string; patientId: string; startDate: string; endDate: string | null; status: string }[];
  attendance: { sessionId: string; patientId: string; status: string; minutesAttended: number }[];
  notes: { sessionId: string | null; kind: string; status: string }[];
  assessments: { patientId: string; instrument: string; administeredAt: Date }[];
  authorizations: {
    id: string;
    patientId: string;
    number: string;
    levelOfCare: string;
    startDate: string;
    endDate: string;
    units: number;
    unitType: string;
    createdAt: Date;
  }[];
  uses: { authorizationId: string; serviceDate: string; units: string }[];
}

/** Everything the program's report could depend on, read table by table with no aggregation. */
export async function loadReferenceData(db: Db, programId: string): Promise<ReferenceData> {
  const [program] = await db
    .select({
      id: programs.id,
      levelOfCare: programs.levelOfCare,
      minHoursPerWeek: programs.minHoursPerWeek,
      timeZone: sites.timeZone,
    })
    .from(programs)
    .innerJoin(sites, eq(sites.id, programs.siteId))
    .where(eq(programs.id, programId));
  const programEpisodes = await db.select().from(episodes).where(eq(episodes.programId, programId));
  const patientIds = [...new Set(programEpisodes.map((e) => e.patientId))];
  const programSessions = await db.select().from(sessions).where(eq(sessions.programId, programId));
  const sessionIds = programSessions.map((s) => s.id);
  const some = <T>(ids: string[], read: () => Promise<T[]>) => (ids.length === 0 ? Promise.resolve([]) : read());
  const auths = await some(patientIds, () =>
    db.select().from(authorizations).where(inArray(authorizations.patientId, patientIds)),
  );
  return {
    program: program!,
    patients: await some(patientIds, () => db.select().from(patients).where(inArray(patients.id, patientIds))),
    episodes: programEpisodes,
    levelChanges: await some(
      programEpisodes.map((e) => e.id),
      () =>
        db
          .select()
          .from(levelOfCareChanges)
          .where(
            inArray(
              levelOfCareChanges.episodeId,
              programEpisodes.map((e) => e.id),
            ),
          ),
    ),
    sessions: programSessions,
    enrollments: await db.select().from(enrollments),
    attendance: await some(sessionIds, () =>
      db
        .select({
          sessionId: attendance.sessionId,
          patientId: attendance.patientId,
          status: attendance.status,
          minutesAttended: attendance.minutesAttended,
        })
        .from(attendance)
        .innerJoin(sessions, eq(sessions.id, attendance.sessionId))
        .where(eq(sessions.programId, programId)),
    ),
    notes: await some(sessionIds, () =>
      db
        .select({ sessionId: notes.sessionId, kind: notes.kind, status: notes.status })
        .from(notes)
        .innerJoin(sessions, eq(sessions.id, notes.sessionId))
        .where(and(eq(sessions.programId, programId), eq(notes.kind, 'group'))),
    ),
    assessments: await some(patientIds, () =>
      db.select().from(assessments).where(inArray(assessments.patientId, patientIds)),
    ),
    authorizations: auths,
    uses: await some(
      auths.map((a) => a.id),
      () =>
        db
          .select()
          .from(authorizationUses)
          .where(
            inArray(
              authorizationUses.authorizationId,
              auths.map((a) => a.id),
            ),
          ),
    ),
  };
}

const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
function localDay(instant: Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f.format(instant);
}
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const min = (a: string, b: string) => (a < b ? a : b);
const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const ABSENT = new Set(['absent_excused', 'absent_unexcused']);

/** Items by key; the reference reads whole tables, so it indexes them once instead of filtering per item. */
function index<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

export interface ReferenceOptions {
  /** Mondays of the weeks wanted. */
  weekStarts: string[];
  now: Date;
  /** Patients the caller may see; all when omitted. */
  visible?: ReadonlySet<string>;
}

/** The report, week by week, as plain JSON (the shape of the API's weeks). Patients in code-point name order. */
export function referenceReport(data: ReferenceData, options: ReferenceOptions) {
  const { program } = data;
  const { now } = options;
  const today = localDay(now, program.timeZone);
  const sessionDay = new Map(data.sessions.map((s) => [s.id, localDay(s.startsAt, s.timeZone)]));
  const sessionById = new Map(data.sessions.map((s) => [s.id, s]));
  const live = data.sessions.filter((s) => s.status !== 'cancelled');
  const groupNote = new Map(data.notes.filter((n) => n.kind === 'group').map((n) => [n.sessionId, n.status]));
  const records = index(
    data.attendance.map((a) => ({ ...a, session: sessionById.get(a.sessionId)!, day: sessionDay.get(a.sessionId)! })),
    (r) => r.patientId,
  );
  // Newest first; at the same instant an attended session comes first (it ends a run of absences).
  for (const list of records.values()) {
    list.sort(
      (a, b) =>
        b.session.startsAt.getTime() - a.session.startsAt.getTime() ||
        Number(ABSENT.has(a.status)) - Number(ABSENT.has(b.status)),
    );
  }
  const episodesOf = index(data.episodes, (e) => e.patientId);
  const changesOf = index(data.levelChanges, (c) => c.episodeId);
  const enrolled = index(data.enrollments, (e) => `${e.groupId}|${e.patientId}`);
  const given = new Map<string, Map<string, string[]>>();
  for (const x of data.assessments.filter((a) => a.administeredAt <= now)) {
    const own = given.get(x.patientId) ?? new Map<string, string[]>();
    own.set(x.instrument, [...(own.get(x.instrument) ?? []), localDay(x.administeredAt, program.timeZone)]);
    given.set(x.patientId, own);
  }
  const authsOf = index(data.authorizations, (a) => a.patientId);
  const usesOf = index(data.uses, (u) => u.authorizationId);
  const people = [...data.patients].sort((a, b) =>
    a.familyName !== b.familyName
      ? a.familyName < b.familyName
        ? -1
        : 1
      : a.givenName !== b.givenName
        ? a.givenName < b.givenName
          ? -1
          : 1
        : a.id.localeCompare(b.id),
  );

  return options.weekStarts.map((weekStart) => {
    const weekEnd = shift(weekStart, 6);
    const inWeek = (date: string) => date >= weekStart && date <= weekEnd;
    const asOf = min(weekEnd, today);
    const weekSessions = live.filter((s) => inWeek(sessionDay.get(s.id)!));
    const ahead = weekSessions.filter((s) => s.startsAt > now);
    const items = people.flatMap((person) => {
      if (options.visible && !options.visible.has(person.id)) return [];
      const open = (episodesOf.get(person.id) ?? [])
        .filter((e) => e.admitDate <= weekEnd && (e.dischargeDate === null || e.dischargeDate >= weekStart))
        .sort((a, b) => b.admitDate.localeCompare(a.admitDate));
      const episode = open[0];
      if (!episode) return [];
      const changes = [...(changesOf.get(episode.id) ?? [])].sort(
        (a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.recordedAt.getTime() - b.recordedAt.getTime(),
      );
      const effective = changes.filter((c) => c.effectiveDate <= weekEnd);
      const levelOfCare = (effective.at(-1) ?? changes[0])?.levelOfCare ?? program.levelOfCare;
      const own = records.get(person.id) ?? [];

      let attended = 0;
      let unsignedNotes = 0;
      for (const r of own) {
        if (r.session.status === 'cancelled' || !inWeek(r.day)) continue;
        attended += r.minutesAttended;
        const status = groupNote.get(r.sessionId);
        const signed = status !== undefined && status !== 'draft';
        if (r.session.groupId && r.session.endsAt <= now && !ABSENT.has(r.status) && !signed) unsignedNotes += 1;
      }

      let remaining = 0;
      for (const s of ahead) {
        const date = sessionDay.get(s.id)!;
        const expected =
          s.patientId === person.id ||
          (enrolled.get(`${s.groupId}|${person.id}`) ?? []).some(
            (e) => e.status === 'active' && e.startDate <= date && (e.endDate === null || e.endDate >= date),
          );
        const recorded = own.some((r) => r.sessionId === s.id);
        if (expected && !recorded) remaining += (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000;
      }

      let consecutiveAbsences = 0;
      for (const r of own) {
        if (!r.session.groupId || r.session.status === 'cancelled' || r.day > weekEnd) continue;
        if (r.day < episode.admitDate || !ABSENT.has(r.status)) break;
        consecutiveAbsences += 1;
      }

      // The outcomes module's own rule, as of the week's last day (today for the current week).
      const overdueMeasures = measuresDue(DEFAULT_MEASURE_SCHEDULE, episode, given.get(person.id) ?? new Map(), asOf)
        .filter((m) => m.overdue)
        .map(({ instrument, dueOn }) => ({ instrument, dueOn }));

      const auth = (authsOf.get(person.id) ?? [])
        .filter((a) => a.levelOfCare === levelOfCare && a.startDate <= asOf && asOf <= a.endDate)
        .sort(
          (a, b) =>
            b.startDate.localeCompare(a.startDate) ||
            b.createdAt.getTime() - a.createdAt.getTime() ||
            b.id.localeCompare(a.id),
        )[0];
      let authorization: Record<string, unknown> | null = null;
      if (auth) {
        const uses = (usesOf.get(auth.id) ?? [])
          .filter((u) => u.serviceDate <= asOf)
          .sort((a, b) => a.serviceDate.localeCompare(b.serviceDate));
        const usedCents = uses.reduce((sum, u) => sum + Math.round(Number(u.units) * 100), 0);
        const remainingCents = auth.units * 100 - usedCents;
        const near = usedCents >= auth.units * 80 || daysFrom(asOf, auth.endDate) <= 7;
        authorization = {
          number: auth.number,
          unitType: auth.unitType,
          units: auth.units,
          used: usedCents / 100,
          remaining: remainingCents / 100,
          endDate: auth.endDate,
          nearExhaustion: near,
        };
        if (near) {
          let exhaustsOn = auth.endDate;
          if (remainingCents <= 0) {
            let sum = 0;
            exhaustsOn = uses.find((u) => (sum += Math.round(Number(u.units) * 100)) >= auth.units * 100)!.serviceDate;
          } else if (usedCents > 0) {
            const elapsed = daysFrom(auth.startDate, asOf) + 1;
            exhaustsOn = min(shift(asOf, Math.ceil((remainingCents * elapsed) / usedCents)), auth.endDate);
          }
          authorization.exhaustsOn = exhaustsOn;
        }
      }

      const [first, every] = levelOfCare === 'PHP' ? [17, 30] : [60, 60];
      let due = shift(episode.admitDate, first);
      while (due < weekStart) due = shift(due, every);
      const recertificationDue = episode.dischargeDate !== null && episode.dischargeDate < due ? null : due;

      const required = Math.round(program.minHoursPerWeek * 60);
      return [
        {
          patientId: person.id,
          name: { given: person.givenName, family: person.familyName },
          programId: program.id,
          episodeId: episode.id,
          levelOfCare,
          admitDate: episode.admitDate,
          dischargeDate: episode.dischargeDate,
          requiredHours: hoursOf(required),
          attendedHours: hoursOf(attended),
          scheduledRemainingHours: hoursOf(remaining),
          projectedHours: hoursOf(attended + remaining),
          shortfallHours: hoursOf(Math.max(0, required - attended - remaining)),
          met: attended >= required,
          consecutiveAbsences,
          unsignedNotes,
          overdueMeasures,
          authorization,
          recertificationDue,
        },
      ];
    });
    const days = weekSessions.map((s) => sessionDay.get(s.id)!).sort();
    return { weekStart, weekEnd, lastProgramDay: days.at(-1) ?? null, items };
  });
}
