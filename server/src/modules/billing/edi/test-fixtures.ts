// Test claims shaped like the validated samples (iop-php-domain.md §2.4 Medicare CMHC IOP over two
// program days; §2.5 commercial group psychotherapy by telehealth), golden files and map checks.
import fs from 'node:fs';
import { expect } from 'vitest';
import { DEFAULT_RULE_PACKS } from '../../payers/index.ts';
import type { BillingProvider, Claim, PatientFacts, PayerFacts, Provider, ServiceLine } from '../claim-model.ts';
import { checkX12, parse, type MapIssue } from '../x12/index.ts';
import { referenceMap } from '../x12/test-fixtures.ts';
import type { EdiEnvelope } from './claim-file.ts';

// NPIs pass the Luhn check with the 80840 prefix (iop-php-domain.md §6.1).
export const attending: Provider = {
  staffId: 'staff-smith',
  name: { given: 'JOHN', family: 'SMITH' },
  npi: '1558598797',
  taxonomy: '2084P0800X',
  credentials: 'MD',
};
export const therapist: Provider = {
  staffId: 'staff-jones',
  name: { given: 'MARY', family: 'JONES' },
  npi: '1245319599',
  taxonomy: '1041C0700X',
  credentials: 'LCSW',
};
export const supervisor: Provider = {
  staffId: 'staff-brown',
  name: { given: 'ALEX', family: 'BROWN' },
  npi: '1999999992',
  taxonomy: '103TC0700X',
  credentials: 'PhD',
};

export const billingProvider: BillingProvider = {
  name: 'HOPE BEHAVIORAL HEALTH',
  npi: '1234567893',
  taxId: '12-3456789',
  taxonomy: '261QM0801X',
  facilityType: 'cmhc',
  address: { line1: '100 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '62701-1234' },
};

export const medicarePayer: PayerFacts = {
  payerId: 'payer-medicare',
  payerCode: '12345',
  name: 'MEDICARE PART A',
  template: 'medicare_institutional',
  rules: DEFAULT_RULE_PACKS.medicare_institutional,
  rulesVersion: 1,
};
export const commercialPayer: PayerFacts = {
  payerId: 'payer-commercial',
  payerCode: '87726',
  name: 'EXAMPLE HEALTH PLAN',
  template: 'commercial_professional',
  rules: DEFAULT_RULE_PACKS.commercial_professional,
  rulesVersion: 1,
};

export const patient = (overrides: Partial<PatientFacts> = {}): PatientFacts => ({
  patientId: 'patient-doe',
  mrn: 'MRN0001',
  name: { given: 'JANE', family: 'DOE' },
  birthDate: '1960-01-01',
  sex: 'F',
  address: { line1: '1 ELM ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '627011234' },
  ...overrides,
});

export const line = (overrides: Partial<ServiceLine> = {}): ServiceLine => ({
  sessionId: 'session-1',
  patientId: 'patient-doe',
  serviceDate: '2024-01-08',
  revenueCode: '0915',
  procedureCode: 'G0410',
  modifiers: [],
  units: 1,
  chargeCents: 16000,
  placeOfService: null,
  renderingStaffId: therapist.staffId,
  supervisingStaffId: null,
  sessionIds: ['session-1'],
  trace: [],
  ...overrides,
});

const total = (lines: readonly ServiceLine[]) => lines.reduce((sum, l) => sum + l.chargeCents, 0);

/** A claim with its total kept equal to its lines, as claim assembly leaves it. */
export function withLines(claim: Claim, lines: ServiceLine[]): Claim {
  return { ...claim, lines, totalCents: total(lines) };
}

/** Medicare CMHC IOP (TOB 076X, condition code 92), itemized over two program days. */
export function medicareIopClaim(overrides: Partial<Claim> = {}): Claim {
  const lines = [
    line({ sessionId: 'session-1', sessionIds: ['session-1'] }),
    line({
      sessionId: 'session-2',
      sessionIds: ['session-2'],
      revenueCode: '0914',
      procedureCode: '90834',
      chargeCents: 20000,
      renderingStaffId: attending.staffId,
    }),
    line({
      sessionId: 'session-3',
      sessionIds: ['session-3'],
      revenueCode: '0942',
      procedureCode: 'G0177',
      chargeCents: 12000,
    }),
    line({ sessionId: 'session-4', sessionIds: ['session-4'], serviceDate: '2024-01-09' }),
  ];
  return {
    claimId: 'PCN20240108A',
    format: '837I',
    patient: patient(),
    payer: medicarePayer,
    coverage: {
      coverageId: 'coverage-medicare',
      memberId: '1EG4TE5MK73',
      groupNumber: null,
      relationship: 'self',
      subscriber: null,
    },
    billingProvider,
    typeOfBill: '761',
    frequency: '1',
    originalClaimId: null,
    statementFrom: '2024-01-08',
    statementTo: '2024-01-09',
    admissionDate: '2024-01-02',
    patientStatus: '01',
    conditionCodes: ['92'],
    diagnoses: ['F33.2'],
    attending,
    providers: [therapist],
    authorizationNumber: null,
    lines,
    totalCents: total(lines),
    issues: [],
    ...overrides,
  };
}

/** Commercial group psychotherapy by video (POS 10, modifier 95, HQ group setting), supervised. */
export function commercialTelehealthClaim(overrides: Partial<Claim> = {}): Claim {
  const group = (serviceDate: string, sessionId: string) =>
    line({
      sessionId,
      sessionIds: [sessionId],
      serviceDate,
      revenueCode: null,
      procedureCode: '90853',
      modifiers: ['95', 'HQ'],
      chargeCents: 12000,
      placeOfService: '10',
      supervisingStaffId: supervisor.staffId,
    });
  const lines = [group('2024-01-08', 'session-11'), group('2024-01-09', 'session-12')];
  return {
    claimId: 'PCN20240108P',
    format: '837P',
    patient: patient({ birthDate: '1980-01-01' }),
    payer: commercialPayer,
    coverage: {
      coverageId: 'coverage-commercial',
      memberId: 'W123456789',
      groupNumber: 'GRP001',
      relationship: 'self',
      subscriber: null,
    },
    billingProvider,
    typeOfBill: null,
    frequency: '1',
    originalClaimId: null,
    statementFrom: '2024-01-08',
    statementTo: '2024-01-09',
    admissionDate: null,
    patientStatus: null,
    conditionCodes: [],
    diagnoses: ['F33.2', 'F41.1'],
    attending: null,
    providers: [therapist, supervisor],
    authorizationNumber: 'AUTH-7731',
    lines,
    totalCents: total(lines),
    issues: [],
    ...overrides,
  };
}

export const envelope = (overrides: Partial<EdiEnvelope> = {}): EdiEnvelope => ({
  sender: { qualifier: 'ZZ', id: 'SUBMITTERID' },
  receiver: { qualifier: 'ZZ', id: 'RECEIVERID' },
  controlNumber: 1,
  createdAt: '2024-01-15T12:00',
  submitter: {
    name: 'HOPE BEHAVIORAL HEALTH',
    id: 'SUBMITTERID',
    contact: { name: 'BILLING OFFICE', phone: '5555551234' },
  },
  receiverName: 'EXAMPLE MAC',
  usage: 'T',
  lineEnding: '\n',
  ...overrides,
});

/** Every issue the implementation map finds in a generated file (none expected). */
export const mapIssues = (text: string, format: '837I' | '837P'): MapIssue[] =>
  checkX12(referenceMap(format), parse(text).segments);

/** The segments of a file as `ID*E1*E2:C2` texts, for reading assertions. */
export const segmentTexts = (text: string): string[] =>
  parse(text).segments.map(({ id, elements }) =>
    [id, ...elements.map((e) => (typeof e === 'string' ? e : e.join(':')))].join('*'),
  );

const golden = (name: string) => new URL(`golden/${name}`, import.meta.url);

/** Compares with golden/<name> byte for byte; `UPDATE_GOLDEN=1` rewrites the file instead. */
export function expectGolden(name: string, text: string) {
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(golden(name), text);
  expect(text).toBe(fs.readFileSync(golden(name), 'utf8'));
}
