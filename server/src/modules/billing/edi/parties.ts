// The parties around the claims: submitter and receiver (1000A/1000B), billing provider (2000A,
// 2010AA), subscriber and payer (2000B, 2010BA, 2010BB) and, when the patient is not the
// subscriber, the patient (2000C, 2010CA). The segments are the same in 837I and 837P
// (iop-php-domain.md §2.2; differences in §2.3 do not touch these loops).
import { loop, segment, type Part } from '../x12/index.ts';
import type { BillingProvider, Claim, PatientFacts } from '../claim-model.ts';
import { EdiBuildError } from './build-error.ts';
import { d8, postalCode, sexCode, taxId } from './edi-values.ts';

export interface Submitter {
  /** 1000A NM103: the organization that sends the file. */
  name: string;
  /** 1000A NM109: its id with the receiver (NM108 46, electronic transmitter id). */
  id: string;
  /** 1000A PER: the EDI contact; PER03/PER04 need at least one number. */
  contact: { name: string; phone?: string; email?: string };
}

/** 1000A submitter and 1000B receiver (both NM108 46). */
export function submitterAndReceiver(submitter: Submitter, receiverName: string, receiverId: string): Part[] {
  const { contact } = submitter;
  const numbers = [...(contact.phone ? ['TE', contact.phone] : []), ...(contact.email ? ['EM', contact.email] : [])];
  if (numbers.length === 0) {
    throw new EdiBuildError('the EDI contact needs a phone or an email (PER03)', null, 'submitter.contact');
  }
  return [
    loop(
      '1000A',
      segment('NM1', '41', '2', submitter.name, '', '', '', '', '46', submitter.id),
      segment('PER', 'IC', contact.name, ...numbers),
    ),
    loop('1000B', segment('NM1', '40', '2', receiverName, '', '', '', '', '46', receiverId)),
  ];
}

/** 2000A content after the HL: taxonomy (PRV*BI) and 2010AA name, NPI, address and tax id (REF*EI). */
export function billingProvider(provider: BillingProvider): Part[] {
  return [
    provider.taxonomy ? segment('PRV', 'BI', 'PXC', provider.taxonomy) : null,
    loop(
      '2010AA',
      segment('NM1', '85', '2', provider.name, '', '', '', '', 'XX', provider.npi),
      ...address(provider.address),
      segment('REF', 'EI', taxId(provider.taxId)),
    ),
  ];
}

// 2000C PAT01: the patient's relationship to the subscriber (01 spouse, 19 child, G8 other).
const PATIENT_RELATIONSHIP: Record<string, string> = { spouse: '01', child: '19', other: 'G8' };

// 2000B SBR09 claim filing indicator by the payer's template: Medicare Part A for the institutional
// Medicare template, commercial insurance otherwise (the samples in iop-php-domain.md §2.4–§2.5).
const CLAIM_FILING: Record<Claim['payer']['template'], string> = {
  medicare_institutional: 'MA',
  commercial_professional: 'CI',
  commercial_per_diem: 'CI',
};

export interface Insured {
  /** 2000B content after the HL: SBR, 2010BA subscriber, 2010BB payer. */
  subscriber: Part[];
  /** 2000C content after the HL (PAT, 2010CA), or null when the patient is the subscriber. */
  patient: Part[] | null;
}

export function insured(claim: Claim): Insured {
  const { coverage, patient, payer, claimId } = claim;
  const self = coverage.relationship === 'self';
  const relationship = PATIENT_RELATIONSHIP[coverage.relationship];
  if (!self && !relationship) {
    throw new EdiBuildError(`unknown relationship "${coverage.relationship}"`, claimId, 'coverage.relationship');
  }
  // The primary coverage pays (BILLING-RULES §1): SBR01 P; SBR02 18 only when the patient is the subscriber.
  const sbr = segment(
    'SBR',
    'P',
    self ? '18' : '',
    coverage.groupNumber ?? '',
    '',
    '',
    '',
    '',
    '',
    CLAIM_FILING[payer.template],
  );
  const payerLoop = loop('2010BB', segment('NM1', 'PR', '2', payer.name, '', '', '', '', 'PI', payer.payerCode));
  if (self) {
    return {
      subscriber: [
        sbr,
        loop(
          '2010BA',
          segment('NM1', 'IL', '1', patient.name.family, patient.name.given, '', '', '', 'MI', coverage.memberId),
          // 2010BA N3/N4 are required when the patient is the subscriber; the scrubber flags a missing address.
          patient.address && address(patient.address),
          demographics(patient.birthDate, patient.sex, claimId, 'patient.birthDate'),
        ),
        payerLoop,
      ],
      patient: null,
    };
  }
  const { subscriber } = coverage;
  if (!subscriber) {
    throw new EdiBuildError('the patient is not the subscriber, who is not recorded', claimId, 'coverage.subscriber');
  }
  return {
    subscriber: [
      sbr,
      loop(
        '2010BA',
        segment('NM1', 'IL', '1', subscriber.family, subscriber.given, '', '', '', 'MI', coverage.memberId),
        demographics(subscriber.birthDate, subscriber.sex, claimId, 'coverage.subscriber.birthDate'),
      ),
      payerLoop,
    ],
    patient: [segment('PAT', relationship), patientLoop(patient, claimId)],
  };
}

/** 2010CA: the patient's name, address (N3/N4 required here) and demographics. */
function patientLoop(patient: PatientFacts, claimId: string): Part {
  if (!patient.address) {
    throw new EdiBuildError('a dependent patient needs an address (2010CA N3/N4)', claimId, 'patient.address');
  }
  return loop(
    '2010CA',
    segment('NM1', 'QC', '1', patient.name.family, patient.name.given),
    ...address(patient.address),
    demographics(patient.birthDate, patient.sex, claimId, 'patient.birthDate'),
  );
}

const demographics = (birthDate: string, sex: string, claimId: string, path: string) =>
  segment('DMG', 'D8', d8(birthDate, claimId, path), sexCode(sex));

function address(value: NonNullable<PatientFacts['address']>) {
  return [
    segment('N3', value.line1, value.line2 ?? ''),
    segment('N4', value.city, value.state, postalCode(value.postalCode)),
  ];
}
