// The attendance vocabulary (API.md "Attendance") as people read it on the session page.
import { MODALITIES } from '../scheduling/schedule-options';

export const STATUSES = [
  { value: 'present', label: 'Present' },
  { value: 'late', label: 'Late' },
  { value: 'left_early', label: 'Left early' },
  { value: 'absent_excused', label: 'Excused' },
  { value: 'absent_unexcused', label: 'Unexcused' },
] as const;

export type AttendanceStatus = (typeof STATUSES)[number]['value'];

export const PARTICIPATION = [
  { value: 'active', label: 'Active' },
  { value: 'engaged', label: 'Engaged' },
  { value: 'minimal', label: 'Minimal' },
  { value: 'disruptive', label: 'Disruptive' },
  { value: 'none', label: 'None' },
] as const;

export type Participation = (typeof PARTICIPATION)[number]['value'];

export const MODALITY_OPTIONS = MODALITIES.map((m) => ({ value: m.value, label: m.label }));

/** Present, late and left early were in the room (or on the call) for some time; absences were not. */
export const attended = (status: string | null): boolean =>
  status === 'present' || status === 'late' || status === 'left_early';

export const statusLabel = (status: string): string => STATUSES.find((s) => s.value === status)?.label ?? status;
