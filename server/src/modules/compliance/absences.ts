// Consecutive absences: how many of a patient's latest records in the program's group sessions are
// absences, newest first, counted back to the last time the patient came or to the admission of the
// episode, whichever is later (a readmission starts afresh). Individual appointments are not the
// program's groups and do not count, as for the attendance alert (attendance/README.md).

/**
 * One week of a patient's group-session records, as attendance_weeks keeps them (attendance.tables.ts):
 * the database keeps only the absences after the last session attended, so the order within the week
 * is settled there (an absence at the same start as an attended session is not after it).
 */
export interface WeekMarks {
  /** The patient attended (present, late or left early) a group session that week. */
  attended: boolean;
  /** Local dates of the week's absences after the last session attended (all of them when none was). */
  absencesAfter: readonly string[];
}

/**
 * The run at the end of the week starting `weekStart`, from the run at the end of the week before.
 * Absences before the admission do not count; a week holding an attended session or the admission
 * ends the run there.
 */
export function runThroughWeek(before: number, weekStart: string, week: WeekMarks, admitDate: string): number {
  let counted = 0;
  for (const date of week.absencesAfter) if (date >= admitDate) counted += 1;
  if (week.attended || admitDate >= weekStart) return counted;
  return counted + before;
}

export interface SessionRecord {
  at: number;
  date: string;
  absent: boolean;
}

/** What a look-back window found: the run so far and whether something older could still extend it. */
export interface LookBack {
  run: number;
  open: boolean;
}

/**
 * Extends a run backwards over older records (any order): absences count until an attended session
 * or a record dated before the admission. `open` when neither was found, so an even older window
 * may continue the run.
 */
export function runBackwards(from: LookBack, records: readonly SessionRecord[], admitDate: string): LookBack {
  if (!from.open) return from;
  const newestFirst = [...records].sort((a, b) => b.at - a.at || Number(a.absent) - Number(b.absent));
  let run = from.run;
  for (const r of newestFirst) {
    if (r.date < admitDate || !r.absent) return { run, open: false };
    run += 1;
  }
  return { run, open: true };
}
