// Labels for the scheduling vocabulary (API.md "Groups, sessions, rosters") and the weekly
// recurrence rules the group form writes and the screens read back in words.
import { timeOfDay } from './time';

export const GROUP_KINDS = [
  { value: 'group_psychotherapy', label: 'Group psychotherapy' },
  { value: 'psychoeducation', label: 'Psychoeducation' },
  { value: 'skills', label: 'Skills group' },
  { value: 'activity_therapy', label: 'Activity therapy' },
] as const;

export const INDIVIDUAL_KINDS = [
  { value: 'individual_therapy', label: 'Individual therapy' },
  { value: 'family_therapy', label: 'Family therapy' },
  { value: 'psychiatric_evaluation', label: 'Psychiatric evaluation' },
  { value: 'medication_management', label: 'Medication management' },
] as const;

export const FACILITATOR_ROLES = [
  { value: 'lead', label: 'Lead' },
  { value: 'co', label: 'Co-facilitator' },
  { value: 'peer', label: 'Peer specialist' },
  { value: 'trainee', label: 'Trainee' },
  { value: 'supervisor', label: 'Supervisor' },
] as const;

export const MODALITIES = [
  { value: 'in_person', label: 'In person' },
  { value: 'telehealth_video', label: 'Telehealth (video)' },
  { value: 'telehealth_audio', label: 'Telehealth (audio only)' },
] as const;

export type GroupKind = (typeof GROUP_KINDS)[number]['value'];
export type IndividualKind = (typeof INDIVIDUAL_KINDS)[number]['value'];
export type FacilitatorRole = (typeof FACILITATOR_ROLES)[number]['value'];
export type Modality = (typeof MODALITIES)[number]['value'];

const labelOf =
  (options: readonly { value: string; label: string }[]) =>
  (value: string | null | undefined): string =>
    options.find((o) => o.value === value)?.label ?? value ?? '—';

export const sessionKindLabel = labelOf([...GROUP_KINDS, ...INDIVIDUAL_KINDS]);
export const facilitatorRoleLabel = labelOf(FACILITATOR_ROLES);
export const modalityLabel = labelOf(MODALITIES);

/** RFC 5545 weekday codes in clinic order (weeks run Monday to Sunday). */
export const WEEKDAYS = [
  { value: 'MO', label: 'Mon' },
  { value: 'TU', label: 'Tue' },
  { value: 'WE', label: 'Wed' },
  { value: 'TH', label: 'Thu' },
  { value: 'FR', label: 'Fri' },
  { value: 'SA', label: 'Sat' },
  { value: 'SU', label: 'Sun' },
] as const;

const WEEKDAY_CODES: string[] = WEEKDAYS.map((d) => d.value);

/** The rule for "every week on these days", days in clinic order. */
export function weeklyRule(days: readonly string[]): string {
  const sorted = WEEKDAY_CODES.filter((code) => days.includes(code));
  return `FREQ=WEEKLY;BYDAY=${sorted.join(',')}`;
}

/** The days of a plain weekly rule, or null when the rule says more than that. */
export function weeklyDays(rule: string): string[] | null {
  const parts = new Map(
    rule
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((part) => part.split('=') as [string, string | undefined]),
  );
  if (parts.get('FREQ')?.toUpperCase() !== 'WEEKLY' || parts.size !== 2 || !parts.get('BYDAY')) return null;
  const days = parts.get('BYDAY')!.toUpperCase().split(',');
  return days.every((d) => WEEKDAY_CODES.includes(d)) ? days : null;
}

/** "Mon, Wed, Fri", "Weekdays" or "Every day"; other rules as written. */
export function describeRule(rule: string): string {
  const days = weeklyDays(rule);
  if (!days) return rule;
  if (days.length === 7) return 'Every day';
  if (days.length === 5 && !days.includes('SA') && !days.includes('SU')) return 'Weekdays';
  return WEEKDAYS.filter((d) => days.includes(d.value))
    .map((d) => d.label)
    .join(', ');
}

/** "09:00–10:30" from a start time and a length. */
export function describeTimes(startTime: string, durationMinutes: number): string {
  const [h = 0, m = 0] = startTime.split(':').map(Number);
  return `${startTime}–${timeOfDay((h * 60 + m + durationMinutes) % (24 * 60))}`;
}

export interface ScheduleWords {
  rrule: string;
  startTime: string;
  durationMinutes: number;
}

/** "Mon, Wed, Fri 09:00–10:30": a schedule in words. */
export const describeSchedule = (s: ScheduleWords): string =>
  `${describeRule(s.rrule)} ${describeTimes(s.startTime, s.durationMinutes)}`;
