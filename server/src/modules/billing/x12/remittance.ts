// Reads 835 remittance advice (005010X221A1; shared/reference/iop-php-domain.md §2.6) into payments
// per claim and line, money in integer cents. A malformed 835 is refused with the segment and the
// reason, because posting a misread payment is worse than posting none.
import { envelopeProblems } from './envelope.ts';
import { typeProblem } from './element-rules.ts';
import { formatCents, parseCents } from './money.ts';
import { componentsAt, elementRef, valueAt, type Segment } from './segments.ts';

export interface RemittanceParty {
  name: string;
  /** N103 qualifier (`XX` NPI, `FI` tax id, …) and N104 identifier, when sent. */
  idQualifier?: string;
  id?: string;
}

export interface Adjustment {
  /** CAS01: CO contractual, PR patient responsibility, OA other, PI payer initiated. */
  group: string;
  /** CARC reason code. */
  reason: string;
  amountCents: number;
  quantity?: number;
}

export interface LinePayment {
  /** SVC01-2 and SVC01-3…6. */
  procedureCode: string;
  modifiers: string[];
  chargeCents: number;
  paidCents: number;
  /** SVC04: NUBC revenue code on institutional lines. */
  revenueCode?: string;
  units?: number;
  /** DTM*472 (or the DTM*150 period start), as YYYY-MM-DD. */
  serviceDate?: string;
  /** REF*6R: the line item control number sent on the claim. */
  lineControl?: string;
  adjustments: Adjustment[];
}

export interface ClaimPayment {
  /** CLP01: echoes the claim's CLM01 patient control number. */
  claimId: string;
  /** CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 22 reversal, … */
  status: string;
  chargeCents: number;
  paidCents: number;
  patientResponsibilityCents: number;
  /** CLP07: the payer's claim control number (REF*F8 on a replacement claim). */
  payerClaimControl: string;
  adjustments: Adjustment[];
  lines: LinePayment[];
}

export interface ProviderAdjustment {
  /** PLB03-1 adjustment reason (e.g. `WO` overpayment recovery) and PLB03-2 reference. */
  reason: string;
  reference?: string;
  amountCents: number;
}

export interface Remittance {
  payer: RemittanceParty;
  payee: RemittanceParty;
  /** TRN02: check or EFT trace number. */
  checkNumber: string;
  /** TRN03: the payer's identifier (`1` and its tax id); with TRN02 it names one payment. */
  payerIdentifier: string;
  /** BPR16: check issue or EFT effective date, as YYYY-MM-DD. */
  paymentDate: string;
  /** BPR02. */
  totalPaidCents: number;
  payments: ClaimPayment[];
  providerAdjustments: ProviderAdjustment[];
}

export class RemittanceError extends Error {
  constructor(
    readonly segmentId: string,
    readonly segmentIndex: number,
    readonly reason: string,
  ) {
    super(`835 ${segmentId} (segment ${segmentIndex}): ${reason}`);
    this.name = 'RemittanceError';
  }
}

/** Every 835 transaction set (ST…SE) of a parsed interchange, in order. */
export function readRemittances(segments: readonly Segment[]): Remittance[] {
  const problem = envelopeProblems(segments)[0];
  if (problem) throw new RemittanceError(problem.segmentId, problem.segmentIndex, problem.message);
  const remittances: Remittance[] = [];
  segments.forEach((seg, index) => {
    if (seg.id !== 'ST') return;
    if (valueAt(seg, 1) !== '835') throw new RemittanceError('ST', index, `ST01 is ${valueAt(seg, 1)}, not 835`);
    const end = segments.findIndex((s, i) => i > index && s.id === 'SE');
    remittances.push(new Reader(segments, index).read(end));
  });
  if (remittances.length === 0) throw new RemittanceError('ST', 0, 'no 835 transaction set');
  return remittances;
}

/** The single 835 of a file that carries one payment. */
export function readRemittance(segments: readonly Segment[]): Remittance {
  const [first, ...more] = readRemittances(segments);
  if (!first || more.length > 0) throw new RemittanceError('ST', 0, `expected one 835, found ${more.length + 1}`);
  return first;
}

// Claim adjustment triplets: CAS02–CAS04 … CAS17–CAS19 (reason, amount, quantity).
const CAS_TRIPLETS = 6;
// Provider adjustment pairs: PLB03–PLB04 … PLB13–PLB14 (reason:reference, amount).
const PLB_PAIRS = 6;

class Reader {
  private index: number;
  private seg: Segment;
  private readonly payer: RemittanceParty = { name: '' };
  private readonly payee: RemittanceParty = { name: '' };
  private bpr?: { index: number; total: number; date: string };
  private checkNumber?: string;
  private payerIdentifier = '';
  private readonly payments: ClaimPayment[] = [];
  private readonly providerAdjustments: ProviderAdjustment[] = [];
  private claim?: ClaimPayment;
  private line?: LinePayment;

  constructor(
    private readonly segments: readonly Segment[],
    private readonly start: number,
  ) {
    this.index = start;
    this.seg = segments[start] as Segment;
  }

  read(end: number): Remittance {
    for (this.index = this.start + 1; this.index < end; this.index++) {
      this.seg = this.segments[this.index] as Segment;
      this.readSegment();
    }
    const { bpr, checkNumber, payerIdentifier } = this;
    if (!bpr) throw new RemittanceError('BPR', this.start + 1, 'required BPR (financial information) is missing');
    if (checkNumber === undefined) {
      throw new RemittanceError('TRN', this.start + 2, 'required TRN (reassociation trace number) is missing');
    }
    this.checkBalance(bpr);
    return {
      payer: this.payer,
      payee: this.payee,
      checkNumber,
      payerIdentifier,
      paymentDate: bpr.date,
      totalPaidCents: bpr.total,
      payments: this.payments,
      providerAdjustments: this.providerAdjustments,
    };
  }

  private readSegment() {
    switch (this.seg.id) {
      case 'BPR':
        this.bpr = { index: this.index, total: this.amount(2), date: this.date(16) };
        return;
      case 'TRN':
        this.checkNumber = this.required(2, 'check or EFT trace number');
        this.payerIdentifier = this.required(3, 'payer identifier');
        return;
      case 'N1':
        return this.party();
      case 'LX':
        this.claim = undefined;
        this.line = undefined;
        return;
      case 'CLP':
        return this.startClaim();
      case 'CAS':
        return this.adjustments();
      case 'SVC':
        return this.startLine();
      case 'DTM':
        return this.lineDate();
      case 'REF':
        if (this.line && valueAt(this.seg, 1) === '6R') this.line.lineControl = valueAt(this.seg, 2);
        return;
      case 'PLB':
        this.claim = undefined;
        this.line = undefined;
        return this.providerAdjustment();
    }
  }

  private party() {
    // 1000A N1*PR payer, 1000B N1*PE payee.
    const role = valueAt(this.seg, 1);
    const party = role === 'PR' ? this.payer : role === 'PE' ? this.payee : undefined;
    if (!party) return;
    party.name = valueAt(this.seg, 2);
    const qualifier = valueAt(this.seg, 3);
    if (qualifier) party.idQualifier = qualifier;
    const id = valueAt(this.seg, 4);
    if (id) party.id = id;
  }

  private startClaim() {
    const patientResponsibility = valueAt(this.seg, 5);
    this.claim = {
      claimId: this.required(1, 'patient control number'),
      status: this.required(2, 'claim status code'),
      chargeCents: this.amount(3),
      paidCents: this.amount(4),
      patientResponsibilityCents: patientResponsibility === '' ? 0 : this.amount(5),
      payerClaimControl: this.required(7, 'payer claim control number'),
      adjustments: [],
      lines: [],
    };
    this.line = undefined;
    this.payments.push(this.claim);
  }

  private startLine() {
    const claim = this.inClaim();
    const procedure = componentsAt(this.seg, 1);
    if (!procedure[1]) this.fail(`${elementRef('SVC', 1, 2)} (procedure code) is missing`);
    const revenueCode = valueAt(this.seg, 4);
    const units = valueAt(this.seg, 5);
    this.line = {
      procedureCode: procedure[1],
      modifiers: procedure.slice(2, 6).filter((modifier) => modifier !== ''),
      chargeCents: this.amount(2),
      paidCents: this.amount(3),
      ...(revenueCode ? { revenueCode } : {}),
      ...(units ? { units: this.quantity(5) } : {}),
      adjustments: [],
    };
    claim.lines.push(this.line);
  }

  private adjustments() {
    const target = this.line ?? this.inClaim();
    const group = this.required(1, 'claim adjustment group code');
    for (let t = 0; t < CAS_TRIPLETS; t++) {
      const reasonAt = 2 + t * 3;
      const reason = valueAt(this.seg, reasonAt);
      if (reason === '') {
        if (valueAt(this.seg, reasonAt + 1) !== '') this.fail(`${elementRef('CAS', reasonAt)} (reason) is missing`);
        continue;
      }
      const quantity = valueAt(this.seg, reasonAt + 2);
      target.adjustments.push({
        group,
        reason,
        amountCents: this.amount(reasonAt + 1),
        ...(quantity ? { quantity: this.quantity(reasonAt + 2) } : {}),
      });
    }
  }

  private lineDate() {
    const qualifier = valueAt(this.seg, 1);
    // DTM*472 service date; DTM*150 service period start when the line covers a span.
    if (!this.line || (qualifier !== '472' && qualifier !== '150')) return;
    if (qualifier === '472' || !this.line.serviceDate) this.line.serviceDate = this.date(2);
  }

  private providerAdjustment() {
    for (let p = 0; p < PLB_PAIRS; p++) {
      const at = 3 + p * 2;
      const [reason = '', reference = ''] = componentsAt(this.seg, at);
      if (reason === '') continue;
      this.providerAdjustments.push({ reason, ...(reference ? { reference } : {}), amountCents: this.amount(at + 1) });
    }
  }

  /** 835 balancing: BPR02 = Σ CLP04 − Σ PLB amounts (PLB amounts reduce the payment). */
  private checkBalance(bpr: { index: number; total: number }) {
    const paid = this.payments.reduce((sum, claim) => sum + claim.paidCents, 0);
    const adjusted = this.providerAdjustments.reduce((sum, adjustment) => sum + adjustment.amountCents, 0);
    if (bpr.total !== paid - adjusted) {
      throw new RemittanceError(
        'BPR',
        bpr.index,
        `BPR02 ${formatCents(bpr.total)} does not balance: claims paid ${formatCents(paid)} − provider adjustments ${formatCents(adjusted)} = ${formatCents(paid - adjusted)}`,
      );
    }
  }

  private inClaim(): ClaimPayment {
    if (!this.claim) this.fail('comes before any CLP claim payment');
    return this.claim;
  }

  private required(position: number, what: string): string {
    const value = valueAt(this.seg, position);
    if (value === '') this.fail(`${elementRef(this.seg.id, position)} (${what}) is missing`);
    return value;
  }

  private amount(position: number): number {
    const text = this.required(position, 'amount');
    const cents = parseCents(text);
    if (cents === undefined)
      this.fail(`${elementRef(this.seg.id, position)} "${text}" is not an amount in dollars and cents`);
    return cents;
  }

  private quantity(position: number): number {
    const text = valueAt(this.seg, position);
    if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text))
      this.fail(`${elementRef(this.seg.id, position)} "${text}" is not a number`);
    return Number(text);
  }

  private date(position: number): string {
    const text = this.required(position, 'date');
    if (text.length !== 8 || typeProblem('DT', text)) {
      this.fail(`${elementRef(this.seg.id, position)} "${text}" is not a CCYYMMDD date`);
    }
    return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
  }

  private fail(reason: string): never {
    throw new RemittanceError(this.seg.id, this.index, reason);
  }
}
