// Builders for the billing rules' tests: every fact valid and billable by default, so each test
// overrides only what it is about. NPIs pass the check digit (iop-php-domain §6.1).
import { DEFAULT_RULE_PACKS, type RulePack, type Template } from '../../payers/index.ts';
import type {
  AuthorizationFacts,
  BillingProvider,
  CoverageFacts,
  PatientFacts,
  PayerFacts,
  Provider,
  ServiceFacts,
} from '../claim-model.ts';
import type { Episode } from './eligibility.ts';

export const provider = (staffId: string, npi: string | null, extra: Partial<Provider> = {}): Provider => ({
  staffId,
  name: { given: staffId, family: 'Clinician' },
  npi,
  taxonomy: null,
  credentials: null,
  ...extra,
});

export const lead = provider('staff-lead', '1245319599');
export const coFacilitator = provider('staff-co', '1000000020');
export const supervisor = provider('staff-supervisor', '1558598797');
export const attending = provider('staff-attending', '1000000012', { prescriber: true });

export function payer<T extends Template>(template: T, rules: Partial<RulePack<T>> = {}, rulesVersion = 1): PayerFacts {
  return {
    payerId: `payer-${template}`,
    payerCode: template === 'medicare_institutional' ? '12345' : '87726',
    name: template === 'medicare_institutional' ? 'Medicare Part A' : 'Example Health Plan',
    template,
    rules: { ...structuredClone(DEFAULT_RULE_PACKS[template]), ...rules },
    rulesVersion,
  };
}

export const episode = (overrides: Partial<Episode> = {}): Episode => ({
  episodeId: 'episode-1',
  levelOfCare: 'IOP',
  population: 'mental_health',
  admitDate: '2026-02-02',
  dischargeDate: null,
  disposition: null,
  diagnoses: ['F33.1', 'F41.1'],
  attending,
  minHoursPerWeek: 9,
  ...overrides,
});

export const coverage = (overrides: Partial<CoverageFacts> = {}): CoverageFacts => ({
  coverageId: 'coverage-1',
  memberId: 'W123456789',
  groupNumber: 'GRP001',
  relationship: 'self',
  subscriber: null,
  ...overrides,
});

export const authorization = (overrides: Partial<AuthorizationFacts> = {}): AuthorizationFacts => ({
  authorizationId: 'auth-1',
  number: 'PA-1001',
  startDate: '2026-02-01',
  endDate: '2026-04-30',
  unitType: 'sessions',
  units: 30,
  used: 0,
  ...overrides,
});

/** A signed, attended, in-person group psychotherapy hour on Monday 2 March 2026, billed to a commercial payer. */
export const fact = (overrides: Partial<ServiceFacts> = {}): ServiceFacts => ({
  sessionId: 'session-1',
  patientId: 'patient-1',
  serviceDate: '2026-03-02',
  startsAt: '2026-03-02T15:00:00Z',
  endsAt: '2026-03-02T16:00:00Z',
  sessionKind: 'group_psychotherapy',
  attendanceStatus: 'present',
  minutesAttended: 60,
  modality: 'in_person',
  presentCount: 8,
  patientPresent: true,
  noteSigned: true,
  lead,
  supervisor: null,
  placeOfService: '11',
  episode: episode(),
  payer: payer('commercial_professional'),
  coverage: coverage(),
  authorization: authorization(),
  ...overrides,
});

/** The charge master of the tests, in cents. */
const PRICES: Record<string, number> = {
  '90853': 12000,
  '90832': 9000,
  '90834': 14000,
  '90837': 18000,
  '90846': 15000,
  '90847': 16000,
  '90791': 25000,
  '90792': 30000,
  G0410: 16000,
  G0176: 9500,
  G0177: 12000,
  S9480: 55000,
  H0015: 50000,
  S0201: 90000,
};
export const chargeFor = (code: string): number | null => PRICES[code] ?? null;

export const patientFacts = (patientId: string): PatientFacts => ({
  patientId,
  mrn: `MRN-${patientId}`,
  name: { given: 'Jane', family: patientId },
  birthDate: '1960-01-01',
  sex: 'F',
  address: { line1: '1 Elm St', city: 'Springfield', state: 'IL', postalCode: '627011234' },
});

export const billingProvider = (overrides: Partial<BillingProvider> = {}): BillingProvider => ({
  name: 'Hope Behavioral Health',
  npi: '1234567893',
  taxId: '123456789',
  taxonomy: '261QM0801X',
  facilityType: 'cmhc',
  address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '627011234' },
  ...overrides,
});
