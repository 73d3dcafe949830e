// Fixed lists and calendar helpers behind the synthetic program: names, codes, programs, staffing,
// the day's group slots. Everything here is constant; the randomness lives in the generators.

// ---------------------------------------------------------------------------------------------
// Dates: clinic-local calendar dates as YYYY-MM-DD, computed in UTC so the host time zone never matters.

const DAY_MS = 86_400_000;
const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => isoDate(new Date(toDate(iso).getTime() + days * DAY_MS));
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (iso: string): number => toDate(iso).getUTCDay();
/** An instant on a clinic date (the sites are in America/Chicago; 15:00Z is mid-morning there all year). */
export const instantOn = (iso: string, hourUtc = 15): Date => new Date(toDate(iso).getTime() + hourUtc * 3_600_000);

/** Days the synthetic clinic is closed: the US federal holidays it observes, Christmas Eve, the day after Thanksgiving. */
// prettier-ignore
export const CLINIC_HOLIDAYS: readonly string[] = [
  '2025-01-20', '2025-05-26', '2025-07-04', '2025-09-01', '2025-11-27', '2025-11-28', '2025-12-24', '2025-12-25',
  '2026-01-01', '2026-01-19', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-11-27', '2026-12-24',
  '2026-12-25', '2027-01-01',
];

/** `count` program days from `start`: weekdays only (§B4: 5 days/week), holidays skipped. */
export function programDays(start: string, count: number): string[] {
  const holidays = new Set(CLINIC_HOLIDAYS);
  const days: string[] = [];
  for (let d = start; days.length < count; d = addDays(d, 1)) {
    const w = weekday(d);
    if (w !== 0 && w !== 6 && !holidays.has(d)) days.push(d);
  }
  return days;
}

// ---------------------------------------------------------------------------------------------
// People: obviously synthetic ("Test-" family names, example.test emails, 555-01xx phones).

// prettier-ignore
export const GIVEN_NAMES = [
  'Avery', 'Blake', 'Casey', 'Dakota', 'Emerson', 'Finley', 'Gray', 'Harper', 'Indigo', 'Jordan', 'Kendall', 'Logan',
  'Morgan', 'Noel', 'Oakley', 'Parker', 'Quinn', 'Reese', 'Sawyer', 'Taylor', 'Umber', 'Vale', 'Winter', 'Xen',
  'Yael', 'Zion', 'Ari', 'Bellamy', 'Cruz', 'Devon', 'Ellis', 'Frankie', 'Hollis', 'Jules', 'Kai', 'Lennox', 'Marlo',
  'Nico', 'Palmer', 'Rory', 'Sage', 'Tatum', 'Wren', 'Arden', 'Briar', 'Cameron', 'Drew', 'Eden', 'Hayden', 'Jamie',
] as const;
// prettier-ignore
export const FAMILY_NAMES = [
  'Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Ginkgo', 'Hazel', 'Ivy', 'Juniper', 'Kapok', 'Larch', 'Maple',
  'Nutmeg', 'Olive', 'Pine', 'Quince', 'Rowan', 'Spruce', 'Tamarack', 'Upas', 'Viburnum', 'Willow', 'Yew', 'Zelkova',
  'Aspen', 'Baobab', 'Cypress', 'Ebony', 'Hawthorn', 'Hemlock', 'Linden', 'Magnolia', 'Poplar', 'Redwood', 'Sequoia',
  'Sumac', 'Teak', 'Walnut', 'Acacia',
] as const;

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');
/** 555-0100 to 555-0199 are reserved for fiction. */
export const phone = (n: number): string => `555-01${pad(n % 100, 2)}`;
export const address = (n: number, city: string) => ({
  line1: `${100 + n} Test Street`,
  city,
  state: 'IL',
  postalCode: '62701',
});

/** NPI with a valid check digit (CMS NPI check digit: Luhn over 80840 + the first 9 digits). */
export function syntheticNpi(nineDigits: string): string {
  const payload = `80840${nineDigits}`;
  let sum = 0;
  for (let i = 0; i < payload.length; i += 1) {
    const digit = Number(payload[payload.length - 1 - i]);
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return `${nineDigits}${(10 - (sum % 10)) % 10}`;
}

// ---------------------------------------------------------------------------------------------
// Clinical codes

/** ICD-10-CM codes common in adult IOP/PHP (FY2025 code set). */
// prettier-ignore
export const MENTAL_HEALTH_DIAGNOSES = ['F33.1', 'F33.2', 'F32.2', 'F41.1', 'F43.10', 'F31.81', 'F31.32', 'F41.0', 'F60.3', 'F43.12'] as const;
export const SUBSTANCE_USE_DIAGNOSES = ['F10.20', 'F11.20', 'F12.20', 'F14.20', 'F15.20'] as const;

/** Discharge dispositions (programs' episode-rules DISPOSITIONS), weighted. */
export const DISPOSITIONS = [
  ['completed', 70],
  ['transferred', 10],
  ['against_advice', 12],
  ['administrative', 5],
  ['other', 3],
] as const;

// ---------------------------------------------------------------------------------------------
// Programs, staffing, the day's groups

export interface ProgramSpec {
  key: 'php' | 'iop_mh' | 'iop_cod';
  name: string;
  /** Index into the sites. */
  site: 0 | 1;
  levelOfCare: 'PHP' | 'IOP';
  population: 'mental_health' | 'co_occurring';
  minHoursPerWeek: number;
  /** Share of the census. */
  share: number;
}

// PHP ≥ 20 h/week (Medicare Benefit Policy Manual ch. 6 §70.3), IOP ≥ 9 h/week (CY2024 OPPS final rule), per §B4 S4.
// prettier-ignore
export const PROGRAM_SPECS: readonly ProgramSpec[] = [
  { key: 'php', name: 'Adult Partial Hospitalization (Test)', site: 0, levelOfCare: 'PHP', population: 'mental_health', minHoursPerWeek: 20, share: 0.6 },
  { key: 'iop_mh', name: 'Adult Intensive Outpatient (Test)', site: 0, levelOfCare: 'IOP', population: 'mental_health', minHoursPerWeek: 9, share: 0.25 },
  { key: 'iop_cod', name: 'Co-Occurring Intensive Outpatient (Test)', site: 1, levelOfCare: 'IOP', population: 'co_occurring', minHoursPerWeek: 9, share: 0.15 },
];

export interface StaffSpec {
  role: string;
  count: number;
  credentials: readonly string[];
  taxonomy: string | null;
  /** Renders billable services, so has an NPI. */
  billing: boolean;
}

// Enough facilitators that every concurrent group has its own (the schedule generator checks it).
export const STAFF_SPECS: readonly StaffSpec[] = [
  { role: 'admin', count: 1, credentials: [''], taxonomy: null, billing: false },
  { role: 'program_director', count: 2, credentials: ['LCSW'], taxonomy: '1041C0700X', billing: true },
  { role: 'psychiatrist', count: 4, credentials: ['MD', 'DO'], taxonomy: '2084P0800X', billing: true },
  { role: 'nurse_practitioner', count: 2, credentials: ['PMHNP-BC'], taxonomy: '364SP0808X', billing: true },
  { role: 'therapist', count: 24, credentials: ['LCSW', 'LPC', 'LMFT'], taxonomy: '101YM0800X', billing: true },
  { role: 'nurse', count: 6, credentials: ['RN'], taxonomy: '163WP0808X', billing: false },
  { role: 'case_manager', count: 5, credentials: ['BSW'], taxonomy: null, billing: false },
  { role: 'peer_specialist', count: 4, credentials: ['CPRS'], taxonomy: null, billing: false },
  { role: 'front_desk', count: 3, credentials: [''], taxonomy: null, billing: false },
  { role: 'biller', count: 2, credentials: ['CPC'], taxonomy: null, billing: false },
];

/** Roles that work with patients in programs (staff_programs). */
export const CLINICAL_ROLES: readonly string[] = [
  'program_director',
  'psychiatrist',
  'nurse_practitioner',
  'therapist',
  'nurse',
  'case_manager',
  'peer_specialist',
  'front_desk',
];

// The kinds, statuses and modalities API.md gives groups and attendance.
export type GroupKind = 'group_psychotherapy' | 'psychoeducation' | 'skills' | 'activity_therapy';
export type AttendanceStatus = 'present' | 'late' | 'left_early' | 'absent_excused' | 'absent_unexcused';
export type Modality = 'in_person' | 'telehealth_video' | 'telehealth_audio';

// A PHP day: 4 groups of 60 min (= 20 h over 5 days), a 5th on some days (§B4: 4–5 groups a day).
export const PHP_SLOTS = ['09:00', '10:15', '11:30', '13:15', '14:30'] as const;
// An IOP evening: 3 groups of 60 min on 3 days a week = 9 h/week.
export const IOP_SLOTS = ['17:00', '18:10', '19:20'] as const;
export const IOP_WEEKDAY_PATTERNS = [
  [1, 3, 5],
  [1, 2, 4],
  [2, 3, 4],
] as const;
export const GROUP_MINUTES = 60;

export const PHP_GROUPS: readonly (readonly [GroupKind, string])[] = [
  ['group_psychotherapy', 'Process Group'],
  ['skills', 'DBT Skills: Distress Tolerance'],
  ['psychoeducation', 'Psychoeducation: Medications and Wellness'],
  ['skills', 'CBT Skills: Thoughts and Behaviors'],
  ['activity_therapy', 'Expressive Arts'],
  ['group_psychotherapy', 'Interpersonal Process'],
  ['psychoeducation', 'Psychoeducation: Sleep and Mood'],
];
export const IOP_GROUPS: readonly (readonly [GroupKind, string])[] = [
  ['group_psychotherapy', 'Process Group'],
  ['skills', 'DBT Skills: Emotion Regulation'],
  ['psychoeducation', 'Relapse Prevention'],
  ['skills', 'Mindfulness Skills'],
];
