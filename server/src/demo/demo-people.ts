// Invented people for the demo program. Any resemblance to real persons is coincidental.
import type { Role } from '../modules/identity/index.ts';

export interface DemoStaff {
  key: string;
  role: Role;
  name: { given: string; family: string };
  email: string;
  credentials?: string;
  /** Clinicians who bill get an NPI and a taxonomy code. */
  taxonomy?: string;
}

const staff = (role: Role, given: string, family: string, extra: Partial<DemoStaff> = {}): DemoStaff => ({
  key: role,
  role,
  name: { given, family },
  email: `${given.toLowerCase()}.${family.toLowerCase()}@demo.example.org`,
  ...extra,
});

export const DEMO_STAFF: DemoStaff[] = [
  staff('program_director', 'Dana', 'Whitfield', { credentials: 'LCSW' }),
  staff('psychiatrist', 'Samuel', 'Okafor', { credentials: 'MD', taxonomy: '2084P0800X' }),
  staff('nurse_practitioner', 'Lena', 'Marsh', { credentials: 'PMHNP-BC', taxonomy: '363LP0808X' }),
  staff('therapist', 'Priya', 'Nandakumar', { credentials: 'LPC', taxonomy: '101YP2500X' }),
  { ...staff('therapist', 'Marcus', 'Bell', { credentials: 'LCSW', taxonomy: '1041C0700X' }), key: 'therapist2' },
  staff('nurse', 'Grace', 'Holloway', { credentials: 'RN' }),
  staff('case_manager', 'Tomas', 'Reyes', { credentials: 'BSW' }),
  staff('peer_specialist', 'Jordan', 'Avery', { credentials: 'CPRS' }),
  staff('front_desk', 'Ellen', 'Park'),
  staff('biller', 'Victor', 'Lindqvist'),
  staff('auditor', 'Irene', 'Castellano'),
];

export interface DemoPatient {
  name: { given: string; family: string };
  birthDate: string;
  sex: 'F' | 'M' | 'U';
  /** ICD-10-CM; the first is principal. */
  diagnoses: string[];
}

const p = (
  given: string,
  family: string,
  birthDate: string,
  sex: 'F' | 'M' | 'U',
  ...diagnoses: string[]
): DemoPatient => ({
  name: { given, family },
  birthDate,
  sex,
  diagnoses,
});

// Eight per program: adult mental-health IOP, substance-use IOP, PHP.
export const DEMO_PATIENTS: DemoPatient[] = [
  p('Ana', 'Ruiz', '1986-04-12', 'F', 'F33.1', 'F41.1'),
  p('Benjamin', 'Carter', '1979-09-30', 'M', 'F32.1'),
  p('Chloe', 'Nguyen', '1995-01-17', 'F', 'F41.1', 'F43.10'),
  p('Daniel', 'Osei', '1968-11-02', 'M', 'F33.2'),
  p('Elena', 'Petrova', '1990-06-25', 'F', 'F43.10', 'F33.1'),
  p('Farah', 'Haddad', '2001-03-08', 'F', 'F60.3'),
  p('George', 'Lindgren', '1955-12-19', 'M', 'F33.1'),
  p('Hannah', 'Kowalski', '1983-07-04', 'F', 'F31.81'),
  p('Isaac', 'Moreno', '1992-02-14', 'M', 'F10.20', 'F32.1'),
  p('Julia', 'Brennan', '1975-10-21', 'F', 'F10.20'),
  p('Kevin', 'Tran', '1988-05-05', 'M', 'F11.20', 'F41.1'),
  p('Laura', 'Sato', '1999-08-29', 'F', 'F15.20'),
  p('Miguel', 'Alvarez', '1971-01-09', 'M', 'F10.20', 'F33.1'),
  p('Nora', 'Fitzgerald', '1960-04-16', 'F', 'F13.20'),
  p('Omar', 'Rahman', '1994-12-01', 'M', 'F12.20'),
  p('Paige', 'Dubois', '1987-03-27', 'F', 'F11.20'),
  p('Quentin', 'Blake', '1982-09-13', 'M', 'F33.2', 'F41.1'),
  p('Rosa', 'Mendes', '1997-11-23', 'F', 'F31.4'),
  p('Stefan', 'Novak', '1964-06-07', 'M', 'F20.9'),
  p('Tara', 'Iyer', '1993-02-02', 'F', 'F33.2'),
  p('Umar', 'Siddiqui', '1976-08-18', 'M', 'F25.0'),
  p('Vera', 'Lindholm', '1958-05-30', 'F', 'F32.2'),
  p('Walter', 'Greene', '1985-10-10', 'M', 'F43.12', 'F10.20'),
  p('Yara', 'Costa', '2000-07-15', 'F', 'F33.2'),
];
