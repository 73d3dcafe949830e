// Claim assembly per template (BILLING-RULES §2–§4): one claim per patient, payer and billing period
// (the pack's month or week, inside the run's dates), split further by episode (condition codes 92
// and 41 never share a claim), by authorization (one 2300 REF*G1 per claim) and by the line limit.
// Issues are left empty here: `scrubClaim` fills them once every claim of the run is known.
import { CLAIM_FORMATS } from '../../payers/index.ts';
import type {
  BillingProvider,
  Claim,
  CoverageFacts,
  PatientFacts,
  PayerFacts,
  Provider,
  ServiceFacts,
  ServiceLine,
} from '../claim-model.ts';
import type { Episode } from './eligibility.ts';
import { compareText, compareTuples } from './ordering.ts';
import { templatePack, type TemplatePack } from './pack.ts';
import { billingPeriodOf, intersect, type DateRange } from './periods.ts';

/** What a claim id is derived from: the same key on a re-run gives the same claim. */
export interface ClaimKey {
  patientId: string;
  payerId: string;
  period: DateRange;
  /** 1, 2, … when the period's lines need more than one claim. */
  part: number;
}

export interface ClaimContext {
  billingProvider: BillingProvider;
  /** The run's dates; each claim covers the part of its payer's billing period inside them. */
  period: DateRange;
  patients: ReadonlyMap<string, PatientFacts>;
  claimId: (key: ClaimKey) => string;
}

// 837I 2400 LX repeats at most 999 times (005010X223A2); 837P takes the pack's limit (at most 50).
const INSTITUTIONAL_LINE_LIMIT = 999;

interface Billed {
  fact: ServiceFacts;
  episode: Episode;
  payer: PayerFacts;
  coverage: CoverageFacts;
}

interface Group {
  order: string[];
  billed: Billed;
  window: DateRange;
  lines: ServiceLine[];
}

const serviceKey = (sessionId: string, patientId: string) => `${sessionId}|${patientId}`;

// 837 HI: ICD-10-CM is sent without its decimal point (iop-php-domain §2.1).
const x12Diagnosis = (code: string) => code.trim().replace('.', '').toUpperCase();

type InstitutionalPack = Exclude<TemplatePack, { template: 'commercial_professional' }>;

/** BILLING-RULES §2: 1 admit through discharge, 2 first interim, 3 continuing, 4 last (CLM05-3). */
function frequencyOf(episode: Episode, window: DateRange): '1' | '2' | '3' | '4' {
  const admitted = episode.admitDate >= window.from;
  const discharged = episode.dischargeDate !== null && episode.dischargeDate <= window.to;
  if (admitted) return discharged ? '1' : '2';
  return discharged ? '4' : '3';
}

function institutionalFields(pack: InstitutionalPack, episode: Episode, window: DateRange, provider: BillingProvider) {
  const { rules } = pack;
  const frequency = frequencyOf(episode, window);
  // NUBC FL17 / CL103: still a patient on interim bills; from the discharge disposition on final ones.
  const byDisposition =
    episode.disposition === null ? undefined : rules.patientStatus.byDisposition[episode.disposition];
  const interim = frequency === '2' || frequency === '3';
  const facility = rules.facilityTypeCodes[provider.facilityType];
  const conditionCode = rules.conditionCodes[episode.levelOfCare];
  return {
    // A facility type the pack has no code for (Medicare pays no freestanding IOP/PHP) stays empty
    // and the scrubber refuses the claim.
    typeOfBill: facility === undefined ? null : `${facility}${frequency}`,
    frequency,
    patientStatus: interim ? rules.patientStatus.stillPatient : (byDisposition ?? rules.patientStatus.default),
    conditionCodes: conditionCode === undefined ? [] : [conditionCode],
    admissionDate: episode.admitDate,
    attending: episode.attending,
  };
}

const professionalFields = {
  typeOfBill: null,
  frequency: '1',
  patientStatus: null,
  conditionCodes: [],
  admissionDate: null,
  attending: null,
} as const;

function providersOf(lines: readonly ServiceLine[], facts: ReadonlyMap<string, ServiceFacts>): Provider[] {
  const found = new Map<string, Provider>();
  for (const line of lines) {
    const fact = facts.get(serviceKey(line.sessionId, line.patientId));
    for (const provider of [fact?.lead, fact?.supervisor]) {
      const named = provider && [line.renderingStaffId, line.supervisingStaffId].includes(provider.staffId);
      if (named) found.set(provider.staffId, provider);
    }
  }
  return [...found.values()].sort((a, b) => compareText(a.staffId, b.staffId));
}

function billedFacts(line: ServiceLine, facts: ReadonlyMap<string, ServiceFacts>): Billed {
  const fact = facts.get(serviceKey(line.sessionId, line.patientId));
  if (!fact?.episode || !fact.payer || !fact.coverage) {
    throw new Error(
      `The line of session ${line.sessionId} for patient ${line.patientId} has no billable service facts`,
    );
  }
  return { fact, episode: fact.episode, payer: fact.payer, coverage: fact.coverage };
}

function groupLines(lines: readonly ServiceLine[], facts: ReadonlyMap<string, ServiceFacts>, run: DateRange): Group[] {
  const groups = new Map<string, Group>();
  for (const line of lines) {
    const billed = billedFacts(line, facts);
    const { episode, payer, fact } = billed;
    const window = intersect(billingPeriodOf(templatePack(payer).rules.claimPeriod, line.serviceDate), run);
    const authorization = line.authorization?.number ?? '';
    const order = [fact.patientId, payer.payerId, window.from, episode.admitDate, episode.episodeId, authorization];
    const key = JSON.stringify(order);
    const group = groups.get(key) ?? { order, billed, window, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => compareTuples(a.order, b.order));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** BILLING-RULES §2–§4: the claims of a run's lines; `facts` are the service facts the lines came from. */
export function assembleClaims(
  lines: readonly ServiceLine[],
  facts: readonly ServiceFacts[],
  context: ClaimContext,
): Claim[] {
  const byService = new Map(facts.map((fact) => [serviceKey(fact.sessionId, fact.patientId), fact]));
  const startOf = (line: ServiceLine) =>
    Date.parse(byService.get(serviceKey(line.sessionId, line.patientId))?.startsAt ?? '');
  const inServiceOrder = (a: ServiceLine, b: ServiceLine) =>
    compareText(a.serviceDate, b.serviceDate) || startOf(a) - startOf(b) || compareText(a.sessionId, b.sessionId);
  const parts = new Map<string, number>();
  return groupLines(lines, byService, context.period).flatMap(({ billed, window, lines: grouped }) => {
    const { fact, episode, payer, coverage } = billed;
    const pack = templatePack(payer);
    const patient = context.patients.get(fact.patientId);
    if (!patient) throw new Error(`No patient facts for patient ${fact.patientId}`);
    const limit = pack.template === 'commercial_professional' ? pack.rules.maxLinesPerClaim : INSTITUTIONAL_LINE_LIMIT;
    const fields =
      pack.template === 'commercial_professional'
        ? professionalFields
        : institutionalFields(pack, episode, window, context.billingProvider);
    return chunks([...grouped].sort(inServiceOrder), limit).map((claimLines): Claim => {
      const periodKey = JSON.stringify([fact.patientId, payer.payerId, window.from]);
      const part = (parts.get(periodKey) ?? 0) + 1;
      parts.set(periodKey, part);
      const dates = claimLines.map((line) => line.serviceDate);
      return {
        claimId: context.claimId({ patientId: fact.patientId, payerId: payer.payerId, period: window, part }),
        format: CLAIM_FORMATS[pack.template],
        patient,
        payer,
        coverage,
        billingProvider: context.billingProvider,
        ...fields,
        conditionCodes: [...fields.conditionCodes],
        originalClaimId: null,
        // 837I DTP*434: the statement period runs from the first to the last service date.
        statementFrom: dates.reduce((a, b) => (b < a ? b : a)),
        statementTo: dates.reduce((a, b) => (b > a ? b : a)),
        diagnoses: episode.diagnoses.map(x12Diagnosis),
        providers: providersOf(claimLines, byService),
        authorizationNumber: claimLines[0]?.authorization?.number ?? null,
        lines: claimLines,
        totalCents: claimLines.reduce((sum, line) => sum + line.chargeCents, 0),
        issues: [],
      };
    });
  });
}
