// What a patient's week says in words: the status badge and the reasons to look closer, from the
// report's figures (server: compliance/README.md). Pure, so every screen words it the same way.
import dayjs from 'dayjs';
import type { ComplianceItem, ComplianceWeek } from './compliance.api';

export type Tone = 'ok' | 'watch' | 'alert';

export interface Flag {
  key: string;
  label: string;
  tone: Tone;
}

/** Absences in a row that raise the attendance alert (server ABSENCE_ALERT_AFTER, default 2). */
const ABSENCES_ALERT = 2;
/** How far past the week a recertification is announced. */
const RECERT_NOTICE_DAYS = 7;

const hours = (h: number): string => `${Number.isInteger(h) ? h : h.toFixed(2).replace(/0$/, '')} h`;
const shortDate = (date: string): string => dayjs(date).format('ddd MM/DD');

/**
 * Met once attended reaches the minimum. Otherwise, while the week runs: on track if the sessions
 * still scheduled can get there, or how much more is needed (make-up time) by the program's last day
 * that week; once the week is over, how far short it fell.
 */
export function hoursStatus(item: ComplianceItem, week: ComplianceWeek, today: string): Flag {
  if (item.met) return { key: 'hours', label: 'Met', tone: 'ok' };
  const over = today > (week.lastProgramDay ?? week.weekEnd);
  if (over) return { key: 'hours', label: `Short ${hours(item.requiredHours - item.attendedHours)}`, tone: 'alert' };
  if (item.shortfallHours > 0) {
    const day = dayjs(week.lastProgramDay ?? week.weekEnd).format('dddd');
    return { key: 'hours', label: `Needs ${hours(item.shortfallHours)} by ${day}`, tone: 'alert' };
  }
  return { key: 'hours', label: 'On track', tone: 'watch' };
}

/** The hours as a sentence: what the chart shows, for screen readers and for the record. */
export const hoursSummary = (item: ComplianceItem): string =>
  `${hours(item.attendedHours)} of ${hours(item.requiredHours)} attended, ${hours(item.scheduledRemainingHours)} still scheduled`;

/** Everything else worth a look this week, most pressing first. */
export function attentionFlags(item: ComplianceItem, week: ComplianceWeek): Flag[] {
  const flags: Flag[] = [];
  if (item.consecutiveAbsences > 0) {
    const n = item.consecutiveAbsences;
    flags.push({
      key: 'absences',
      label: n === 1 ? 'Last session missed' : `${n} absences in a row`,
      tone: n >= ABSENCES_ALERT ? 'alert' : 'watch',
    });
  }
  for (const m of item.overdueMeasures) {
    flags.push({
      key: `measure-${m.instrument}`,
      label: `${m.instrument} overdue since ${shortDate(m.dueOn)}`,
      tone: 'alert',
    });
  }
  const auth = item.authorization;
  if (auth?.nearExhaustion) {
    const runsOut = auth.exhaustsOn ? `, runs out ${shortDate(auth.exhaustsOn)}` : '';
    flags.push({
      key: 'authorization',
      label: `Auth ${auth.number}: ${auth.remaining} ${auth.unitType} left${runsOut}`,
      tone: auth.remaining <= 0 ? 'alert' : 'watch',
    });
  }
  if (item.unsignedNotes > 0) {
    const n = item.unsignedNotes;
    flags.push({ key: 'notes', label: n === 1 ? '1 unsigned note' : `${n} unsigned notes`, tone: 'watch' });
  }
  const recert = item.recertificationDue;
  if (recert && recert <= dayjs(week.weekEnd).add(RECERT_NOTICE_DAYS, 'day').format('YYYY-MM-DD')) {
    flags.push({ key: 'recertification', label: `Recertification due ${shortDate(recert)}`, tone: 'watch' });
  }
  return flags;
}
