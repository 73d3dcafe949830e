// UB-04 (CMS-1450) rendering of an institutional (837I) claim: the form's grid with the locators
// that matter for IOP/PHP filled (iop-php-domain.md §1.8), 22 service lines a page. Each page
// repeats the claim's header; the total charges go on the last page's line 23 only.
import type { Claim, ServiceLine } from '../claim-model.ts';
import type { Canvas } from './canvas.ts';
import { openForm, type RenderOptions } from './document.ts';
import { dollars, icdWithoutDot, lastFirst, mmddccyy, mmddyy, pages, relationshipCode } from './format.ts';
import { addressLines, insured } from './parties.ts';
import { revenueDescription } from './revenue-codes.ts';
import {
  UB04,
  UB04_BOXES,
  UB04_CONDITION_CODE_BOXES,
  UB04_LINES_PER_PAGE,
  UB04_LINE_HEIGHT,
  UB04_OTHER_DX,
  ub04LineTop,
  type Ub04Box,
} from './ub04-layout.ts';

interface PageNumber {
  number: number;
  count: number;
}

const LINE_TEXT = 7.5;
const LINE_COLUMNS = ['42', '43', '44', '45', '46', '47', '48', '49'] as const satisfies readonly Ub04Box[];

export async function renderUb04(claim: Claim, options: RenderOptions = {}): Promise<Uint8Array> {
  const form = await openForm(`UB-04 ${claim.claimId}`, options.preparedOn ?? claim.statementTo);
  const sheets = pages(claim.lines, UB04_LINES_PER_PAGE);
  sheets.forEach((lines, index) => {
    const canvas = form.addPage();
    const page = { number: index + 1, count: sheets.length };
    for (const box of UB04_BOXES) canvas.box(box);
    drawHeader(canvas, claim);
    drawLineGrid(canvas);
    lines.forEach((line, row) => drawLine(canvas, row, line));
    drawLine23(canvas, claim, page, options.preparedOn);
    canvas.footer(
      `UB-04 (CMS-1450) layout drawn for review, not the NUBC form · claim ${claim.claimId} · page ${page.number} of ${page.count}`,
    );
  });
  return form.save();
}

function drawHeader(canvas: Canvas, claim: Claim) {
  const provider = claim.billingProvider;
  [provider.name, ...addressLines(provider.address)].forEach((text, line) => canvas.fill(UB04['1'], text, { line }));
  canvas.fill(UB04['3a'], claim.claimId);
  canvas.fill(UB04['3b'], claim.patient.mrn);
  // FL4: a leading zero, then the facility type and the frequency (837I CLM05-1 and CLM05-3).
  canvas.fill(UB04['4'], claim.typeOfBill ? `0${claim.typeOfBill}` : null, { size: 10, bold: true });
  canvas.fill(UB04['5'], provider.taxId);
  // FL6 = 837I DTP*434: the first to the last service date on the claim.
  canvas.fill(UB04['6from'], mmddyy(claim.statementFrom));
  canvas.fill(UB04['6through'], mmddyy(claim.statementTo));

  const patient = claim.patient;
  canvas.fill(UB04['8'], lastFirst(patient.name), { line: 1 });
  if (patient.address) {
    addressLines(patient.address).forEach((text, line) => canvas.fill(UB04['9'], text, { line }));
  }
  canvas.fill(UB04['10'], mmddccyy(patient.birthDate));
  canvas.fill(UB04['11'], patient.sex, { align: 'center' });
  canvas.fill(UB04['12'], claim.admissionDate ? mmddyy(claim.admissionDate) : null);
  // FL17 = 837I CL103; required on TOB 13X/76X/85X.
  canvas.fill(UB04['17'], claim.patientStatus, { align: 'center' });
  // FL18–28 = 837I HI*BG: 41 partial hospitalization, 92 intensive outpatient.
  UB04_CONDITION_CODE_BOXES.forEach((box, index) =>
    canvas.fill(UB04[box], claim.conditionCodes[index], { align: 'center' }),
  );

  canvas.fill(UB04['50'], claim.payer.name);
  canvas.fill(UB04['51'], claim.payer.payerCode);
  canvas.fill(UB04['56'], provider.npi);
  const subscriber = insured(claim);
  canvas.fill(UB04['58'], lastFirst(subscriber.name));
  canvas.fill(UB04['59'], relationshipCode(claim.coverage.relationship), { align: 'center' });
  canvas.fill(UB04['60'], claim.coverage.memberId);
  canvas.fill(UB04['62'], claim.coverage.groupNumber);
  // FL63 = 837I REF*G1 prior authorization; FL64 = REF*F8, the claim a replacement or void corrects.
  canvas.fill(UB04['63'], claim.authorizationNumber);
  canvas.fill(UB04['64'], claim.originalClaimId);

  // FL66 qualifier 0: ICD-10-CM. FL67 principal (HI*ABK), FL67A–Q the others (HI*ABF), no dots.
  canvas.fill(UB04['66'], '0', { align: 'center' });
  const [principal, ...others] = claim.diagnoses.map(icdWithoutDot);
  canvas.fill(UB04['67'], principal);
  UB04_OTHER_DX.forEach((box, index) => canvas.fill(UB04[box], others[index]));

  // FL76 = 837I 2310A NM1*71.
  const attending = claim.attending;
  if (attending) {
    canvas.fill(UB04['76'], attending.npi, { span: [0, 0.35] });
    canvas.fill(UB04['76'], lastFirst(attending.name), { span: [0.35, 1] });
  }
}

/** Column rules down the service lines, a row rule under each, and the line numbers 1–23 in the margin. */
function drawLineGrid(canvas: Canvas) {
  const top = ub04LineTop(0);
  const bottom = ub04LineTop(UB04_LINES_PER_PAGE + 1);
  for (const column of LINE_COLUMNS) {
    const { x, w } = UB04[column];
    canvas.rule({ x, y: top }, { x, y: bottom });
    canvas.rule({ x: x + w, y: top }, { x: x + w, y: bottom });
  }
  const left = UB04['42'].x;
  const right = UB04['49'].x + UB04['49'].w;
  for (let row = 0; row <= UB04_LINES_PER_PAGE; row += 1) {
    const rowBottom = ub04LineTop(row + 1);
    canvas.rule({ x: left, y: rowBottom }, { x: right, y: rowBottom });
    canvas.text({ x: 0, w: left - 1 }, rowBottom - 3, String(row + 1), { size: 5, ink: true, align: 'right' });
  }
}

const lineBaseline = (row: number) => ub04LineTop(row) + UB04_LINE_HEIGHT - 2.5;

// FL42–47 = 837I SV201 revenue code, SV202 HC:code:modifiers, DTP*472, SV205 units, SV203 charge.
function drawLine(canvas: Canvas, row: number, line: ServiceLine) {
  const baseline = lineBaseline(row);
  const size = LINE_TEXT;
  canvas.text(UB04['42'], baseline, line.revenueCode ?? '', { size });
  canvas.text(UB04['43'], baseline, revenueDescription(line.revenueCode), { size });
  canvas.text(UB04['44'], baseline, [line.procedureCode, ...line.modifiers].join(' '), { size });
  canvas.text(UB04['45'], baseline, mmddyy(line.serviceDate), { size });
  canvas.text(UB04['46'], baseline, String(line.units), { size, align: 'right' });
  canvas.text(UB04['47'], baseline, dollars(line.chargeCents), { size, align: 'right' });
}

function drawLine23(canvas: Canvas, claim: Claim, page: PageNumber, preparedOn: string | undefined) {
  const baseline = lineBaseline(UB04_LINES_PER_PAGE);
  const size = LINE_TEXT;
  canvas.text(UB04['43'], baseline, `PAGE ${page.number} OF ${page.count}`, { size });
  canvas.text(UB04['44'], baseline, 'CREATION DATE', { size: 5.5, ink: true, align: 'right' });
  if (preparedOn) canvas.text(UB04['45'], baseline, mmddyy(preparedOn), { size });
  if (page.number < page.count) return;
  // NUBC revenue code 0001 is the total-charges line, on the claim's last page.
  canvas.text(UB04['42'], baseline, '0001', { size });
  canvas.text(UB04['46'], baseline, 'TOTALS', { size: 5.5, ink: true, align: 'right' });
  canvas.text(UB04['47'], baseline, dollars(claim.totalCents), { size, align: 'right', bold: true });
}
