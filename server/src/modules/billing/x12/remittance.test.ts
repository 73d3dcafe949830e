import { describe, expect, it } from 'vitest';
import { parse } from './parse.ts';
import { readRemittance, readRemittances, RemittanceError, type Remittance } from './remittance.ts';
import { segment, serialize, valueAt, type Segment } from './segments.ts';
import { sampleText } from './test-fixtures.ts';

/** The sample 835's body (BPR … last CAS), to vary one segment at a time. */
const sampleBody = (): Segment[] =>
  parse(sampleText('835'))
    .segments.slice(3, -3)
    .map(({ id, elements }) => ({ id, elements }));

const write835 = (...bodies: Segment[][]) =>
  serialize({
    sender: { qualifier: 'ZZ', id: 'PAYERID' },
    receiver: { qualifier: 'ZZ', id: 'SUBMITTERID' },
    date: '20240201',
    time: '1200',
    controlNumber: 3,
    usage: 'T',
    groups: [
      {
        functionalId: 'HP',
        sender: 'PAYERID',
        receiver: 'SUBMITTERID',
        version: '005010X221A1',
        transactions: bodies.map((body) => ({ code: '835', body })),
      },
    ],
  });

const read835 = (...bodies: Segment[][]) => readRemittances(parse(write835(...bodies)).segments);

const replace = (body: Segment[], index: number, seg: Segment) => body.map((s, i) => (i === index ? seg : s));
const find = (body: Segment[], id: string, first?: string) =>
  body.findIndex((s) => s.id === id && (first === undefined || valueAt(s, 1) === first));

function failure(read: () => unknown): RemittanceError {
  try {
    read();
  } catch (error) {
    if (error instanceof RemittanceError) return error;
    throw error;
  }
  throw new Error('expected a RemittanceError');
}

const line = (procedureCode: string, charge: number, paid: number, revenueCode: string, date: string, pr: number) => ({
  procedureCode,
  modifiers: [],
  chargeCents: charge,
  paidCents: paid,
  revenueCode,
  units: 1,
  serviceDate: date,
  adjustments: [
    { group: 'CO', reason: '45', amountCents: 2000 },
    { group: 'PR', reason: '2', amountCents: pr },
  ],
});

describe('readRemittance', () => {
  it('reads the validated sample 835 into claim and line payments in cents', () => {
    const expected: Remittance = {
      payer: { name: 'EXAMPLE MEDICARE CONTRACTOR' },
      payee: { name: 'HOPE BEHAVIORAL HEALTH', idQualifier: 'XX', id: '1234567893' },
      checkNumber: 'CHK0001',
      payerIdentifier: '1512345678',
      paymentDate: '2024-02-01',
      totalPaidCents: 48000,
      payments: [
        {
          claimId: 'PCN20240108A',
          status: '1',
          chargeCents: 64000,
          paidCents: 48000,
          patientResponsibilityCents: 8000,
          payerClaimControl: '24008000001',
          adjustments: [],
          lines: [
            line('G0410', 16000, 12000, '0915', '2024-01-08', 2000),
            line('90834', 20000, 15000, '0914', '2024-01-08', 3000),
            line('G0177', 12000, 9000, '0942', '2024-01-08', 1000),
            line('G0410', 16000, 12000, '0915', '2024-01-09', 2000),
          ],
        },
      ],
      providerAdjustments: [],
    };
    expect(readRemittance(parse(sampleText('835')).segments)).toEqual(expected);
  });

  it('reads claim-level adjustments, modifiers, line control numbers and service periods', () => {
    const body = sampleBody();
    const clp = find(body, 'CLP');
    body.splice(clp + 1, 0, segment('CAS', 'OA', '23', '10', '', '94', '5.5', '2'));
    const svc = find(body, 'SVC');
    body[svc] = segment('SVC', ['HC', 'G0410', 'HQ', '', '95'], '160', '120', '0915', '1.5');
    body[svc + 1] = segment('DTM', '150', '20240108');
    body.splice(svc + 2, 0, segment('DTM', '151', '20240109'), segment('REF', '6R', 'LINE-1'));
    body[clp] = segment('CLP', 'PCN20240108A', '1', '655.5', '480', '80', 'MA', '24008000001', '76', '1');
    const [claim] = read835(body)[0]?.payments ?? [];
    expect(claim?.chargeCents).toBe(65550);
    expect(claim?.adjustments).toEqual([
      { group: 'OA', reason: '23', amountCents: 1000 },
      { group: 'OA', reason: '94', amountCents: 550, quantity: 2 },
    ]);
    expect(claim?.lines[0]).toMatchObject({
      procedureCode: 'G0410',
      modifiers: ['HQ', '95'],
      units: 1.5,
      serviceDate: '2024-01-08',
      lineControl: 'LINE-1',
    });
  });

  it('balances BPR02 against claim payments less provider-level adjustments', () => {
    const body = sampleBody();
    const withPlb = replace(
      body,
      0,
      segment('BPR', 'I', '452.5', 'C', 'CHK', '', '', '', '', '', '', '', '', '', '', '', '20240201'),
    );
    withPlb.push(segment('PLB', '1234567893', '20241231', ['WO', 'ABC123'], '30', ['L6'], '-2.5'));
    const [remittance] = read835(withPlb);
    expect(remittance?.totalPaidCents).toBe(45250);
    expect(remittance?.providerAdjustments).toEqual([
      { reason: 'WO', reference: 'ABC123', amountCents: 3000 },
      { reason: 'L6', amountCents: -250 },
    ]);

    const short = replace(
      body,
      0,
      segment('BPR', 'I', '470', 'C', 'CHK', '', '', '', '', '', '', '', '', '', '', '', '20240201'),
    );
    const error = failure(() => read835(short));
    expect(error).toMatchObject({ segmentId: 'BPR', segmentIndex: 3 });
    expect(error.message).toContain('BPR02 470 does not balance: claims paid 480 − provider adjustments 0 = 480');
  });

  it('reads reversals with negative amounts, and several 835s in one interchange', () => {
    const body = sampleBody();
    const clp = find(body, 'CLP');
    const reversal = [
      segment('BPR', 'H', '0', 'C', 'NON', '', '', '', '', '', '', '', '', '', '', '', '20240301'),
      segment('TRN', '1', 'REV0001', '1512345678'),
      ...body.slice(2, clp),
      segment('CLP', 'PCN20240108A', '22', '-640', '-480', '-80', 'MA', '24008000001', '76', '1'),
      segment('CLP', 'PCN20240108A', '1', '640', '480', '80', 'MA', '24008000002', '76', '7'),
    ];
    const remittances = read835(body, reversal);
    expect(remittances.map((r) => r.checkNumber)).toEqual(['CHK0001', 'REV0001']);
    expect(remittances[1]?.payments.map((p) => [p.status, p.paidCents, p.patientResponsibilityCents])).toEqual([
      ['22', -48000, -8000],
      ['1', 48000, 8000],
    ]);
    expect(() => readRemittance(parse(write835(body, reversal)).segments)).toThrow(/expected one 835, found 2/);
  });
});

describe('malformed 835s are refused, naming the segment and the reason', () => {
  const clpIndex = 3 + find(sampleBody(), 'CLP');

  it.each([
    [
      'a CLP without CLP01',
      (b: Segment[]) => replace(b, find(b, 'CLP'), segment('CLP', '', '1', '640', '480', '80', 'MA', '24008000001')),
      'CLP',
      clpIndex,
      /CLP01 \(patient control number\) is missing/,
    ],
    [
      'an amount that is not a number',
      (b: Segment[]) => replace(b, find(b, 'CLP'), segment('CLP', 'PCN1', '1', '640', '4B0', '80', 'MA', '1')),
      'CLP',
      clpIndex,
      /CLP04 "4B0" is not an amount/,
    ],
    [
      'an amount with a fraction of a cent',
      (b: Segment[]) => replace(b, find(b, 'SVC'), segment('SVC', ['HC', 'G0410'], '160.005', '120')),
      'SVC',
      clpIndex + 2,
      /SVC02 "160.005"/,
    ],
    [
      'a CLP without the payer claim control number',
      (b: Segment[]) => replace(b, find(b, 'CLP'), segment('CLP', 'PCN1', '1', '640', '480', '80', 'MA')),
      'CLP',
      clpIndex,
      /CLP07/,
    ],
    [
      'a service line without a procedure code',
      (b: Segment[]) => replace(b, find(b, 'SVC'), segment('SVC', 'HC', '160', '120')),
      'SVC',
      clpIndex + 2,
      /SVC01-2/,
    ],
    [
      'an adjustment amount without a reason',
      (b: Segment[]) => replace(b, find(b, 'CAS'), segment('CAS', 'CO', '', '20')),
      'CAS',
      clpIndex + 4,
      /CAS02 \(reason\)/,
    ],
    [
      'an adjustment before any claim',
      (b: Segment[]) => [...b.slice(0, find(b, 'LX')), segment('CAS', 'CO', '45', '20'), ...b.slice(find(b, 'LX'))],
      'CAS',
      clpIndex - 1,
      /before any CLP/,
    ],
    [
      'a payment date that is not a date',
      (b: Segment[]) =>
        replace(b, 0, segment('BPR', 'I', '480', 'C', 'CHK', '', '', '', '', '', '', '', '', '', '', '', '20240230')),
      'BPR',
      3,
      /BPR16 "20240230"/,
    ],
    ['a missing BPR', (b: Segment[]) => b.slice(1), 'BPR', 3, /BPR.*missing/],
    ['a missing TRN', (b: Segment[]) => b.filter((s) => s.id !== 'TRN'), 'TRN', 4, /TRN.*missing/],
  ])('%s', (_, change, segmentId, segmentIndex, reason) => {
    const error = failure(() => read835(change(sampleBody())));
    expect(error).toMatchObject({ segmentId, segmentIndex });
    expect(error.reason).toMatch(reason);
  });

  it('an SE count that does not match the segments', () => {
    const text = sampleText('835').replace('SE*29*0001', 'SE*30*0001');
    const error = failure(() => readRemittance(parse(text).segments));
    expect(error).toMatchObject({ segmentId: 'SE', segmentIndex: 30 });
    expect(error.reason).toContain('SE01 is 30 but the segment count is 29');
  });

  it('a file that holds no 835', () => {
    expect(failure(() => readRemittance(parse(sampleText('837I')).segments))).toMatchObject({
      segmentId: 'ST',
      segmentIndex: 2,
    });
  });
});
