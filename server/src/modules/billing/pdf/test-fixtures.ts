// Synthetic claims for the rendering tests: a Medicare CMHC IOP claim (837I, itemized) and a
// commercial telehealth group claim (837P), with as many lines as a test asks for.
import { DEFAULT_RULE_PACKS } from '../../payers/index.ts';
import type { Claim, Provider, ServiceLine } from '../claim-model.ts';

export const attending: Provider = {
  staffId: 'staff-md',
  name: { given: 'Ruth', family: 'Okafor' },
  npi: '1245319599',
  taxonomy: '2084P0800X',
  credentials: 'MD',
};

export const therapist: Provider = {
  staffId: 'staff-lcsw',
  name: { given: 'Mary', family: 'Jones' },
  npi: '1679576722',
  taxonomy: '1041C0700X',
  credentials: 'LCSW',
};

/** The nth day from a first date, as YYYY-MM-DD (lines fall on consecutive days). */
const dayAfter = (first: string, n: number) =>
  new Date(Date.parse(`${first}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function line(index: number, first: string, fields: Partial<ServiceLine>): ServiceLine {
  return {
    sessionId: `session-${index + 1}`,
    patientId: 'patient-1',
    serviceDate: dayAfter(first, Math.floor(index / 2)),
    revenueCode: null,
    procedureCode: '90853',
    modifiers: [],
    units: 1,
    chargeCents: 12_000,
    placeOfService: null,
    renderingStaffId: null,
    supervisingStaffId: null,
    sessionIds: [`session-${index + 1}`],
    trace: [{ rule: 'fixture', detail: 'synthetic line' }],
    ...fields,
  };
}

const total = (lines: ServiceLine[]) => lines.reduce((sum, item) => sum + item.chargeCents, 0);

const patient = {
  patientId: 'patient-1',
  mrn: 'MRN-000417',
  name: { given: 'Jane', family: 'Doe' },
  birthDate: '1980-01-01',
  sex: 'F',
  address: { line1: '1 Elm St', line2: 'Apt 4', city: 'Springfield', state: 'IL', postalCode: '627011234' },
};

const billingProvider = {
  name: 'Hope Behavioral Health',
  npi: '1234567893',
  taxId: '123456789',
  taxonomy: '261QM0801X',
  address: { line1: '100 Main St', city: 'Springfield', state: 'IL', postalCode: '627011234' },
};

/** Medicare CMHC IOP (TOB 0761, condition code 92): G0410 group lines at 0915, 0914 individual. */
export function institutionalClaim(lineCount = 3): Claim {
  const lines = Array.from({ length: lineCount }, (_, index) =>
    line(index, '2026-03-02', {
      revenueCode: index % 2 === 0 ? '0915' : '0914',
      procedureCode: index % 2 === 0 ? 'G0410' : '90834',
      chargeCents: index % 2 === 0 ? 15_000 : 21_050,
    }),
  );
  return {
    claimId: 'CLM-2026-0001',
    format: '837I',
    patient,
    payer: {
      payerId: 'payer-medicare',
      payerCode: '06102',
      name: 'Medicare Part A IL',
      template: 'medicare_institutional',
      rules: DEFAULT_RULE_PACKS.medicare_institutional,
      rulesVersion: 1,
    },
    coverage: {
      coverageId: 'cov-1',
      memberId: '1EG4TE5MK73',
      groupNumber: null,
      relationship: 'self',
      subscriber: null,
    },
    billingProvider: { ...billingProvider, facilityType: 'cmhc' },
    typeOfBill: '761',
    frequency: '1',
    originalClaimId: null,
    statementFrom: lines[0]?.serviceDate ?? '2026-03-02',
    statementTo: lines.at(-1)?.serviceDate ?? '2026-03-02',
    admissionDate: '2026-02-23',
    patientStatus: '01',
    conditionCodes: ['92'],
    diagnoses: ['F33.2', 'F41.1', 'F10.20'],
    attending,
    providers: [attending, therapist],
    authorizationNumber: 'AUTH-77',
    lines,
    totalCents: total(lines),
    issues: [],
  };
}

/** Commercial group psychotherapy by video (POS 10, modifier 95), a replacement of an earlier claim. */
export function professionalClaim(lineCount = 2): Claim {
  const lines = Array.from({ length: lineCount }, (_, index) =>
    line(index, '2026-03-09', {
      modifiers: ['95', 'HQ'],
      placeOfService: '10',
      renderingStaffId: index % 3 === 2 ? 'staff-unknown' : therapist.staffId,
    }),
  );
  return {
    claimId: 'CLM-2026-0002',
    format: '837P',
    patient,
    payer: {
      payerId: 'payer-acme',
      payerCode: '87726',
      name: 'Example Health Plan',
      template: 'commercial_professional',
      rules: DEFAULT_RULE_PACKS.commercial_professional,
      rulesVersion: 3,
    },
    coverage: {
      coverageId: 'cov-2',
      memberId: 'W123456789',
      groupNumber: 'GRP001',
      relationship: 'spouse',
      subscriber: { given: 'John', family: 'Doe', birthDate: '1978-06-15', sex: 'M' },
    },
    billingProvider: { ...billingProvider, facilityType: 'freestanding' },
    typeOfBill: null,
    frequency: '7',
    originalClaimId: 'PAYER-ICN-5566',
    statementFrom: lines[0]?.serviceDate ?? '2026-03-09',
    statementTo: lines.at(-1)?.serviceDate ?? '2026-03-09',
    admissionDate: null,
    patientStatus: null,
    conditionCodes: [],
    diagnoses: ['F33.2', 'F41.1'],
    attending: null,
    providers: [therapist],
    authorizationNumber: 'PA-4410',
    lines,
    totalCents: total(lines),
    issues: [],
  };
}
