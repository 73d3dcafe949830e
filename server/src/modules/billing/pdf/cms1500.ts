// CMS-1500 (02/12) rendering of a professional (837P) claim: the form's grid with the items that
// matter for IOP/PHP filled (1a, 2, 3, 5, 11, 21, 23, 24A–J, 25, 26, 28, 31–33, and the insured and
// resubmission items the claim knows), six service lines a form. Each page repeats the claim's
// header; the total charge goes on the last page, earlier pages say CONTINUED.
import type { Claim, ServiceLine } from '../claim-model.ts';
import type { Canvas } from './canvas.ts';
import {
  CMS1500,
  CMS1500_BOXES,
  CMS1500_LINES_PER_PAGE,
  CMS1500_LINE_HEIGHT,
  CMS1500_SHADED_HEIGHT,
  cms1500LineTop,
  type Cms1500Box,
} from './cms1500-layout.ts';
import { openForm, type RenderOptions } from './document.ts';
import { dollars, icdWithoutDot, lastFirst, pages, spacedDate } from './format.ts';
import { PAGE, slice, type Locator, type Rect } from './layout.ts';
import { addressLines, insured, providerFor, signatureName } from './parties.ts';

/** Box 21 holds twelve diagnoses, A–L (837P HI: one segment, at most 12). */
const DX_LETTERS = 'ABCDEFGHIJKL'.split('');
/** 24E points at no more than four diagnoses (837P SV107: four pointers). */
const MAX_POINTERS = 4;
const MODIFIER_SLOTS = 4;

const LINE_COLUMNS = [
  '24Afrom',
  '24Ato',
  '24B',
  '24C',
  '24D',
  '24Dmod',
  '24E',
  '24F',
  '24G',
  '24H',
  '24I',
  '24J',
] as const satisfies readonly Cms1500Box[];

export async function renderCms1500(claim: Claim, options: RenderOptions = {}): Promise<Uint8Array> {
  const form = await openForm(`CMS-1500 ${claim.claimId}`, options.preparedOn ?? claim.statementTo);
  const sheets = pages(claim.lines, CMS1500_LINES_PER_PAGE);
  sheets.forEach((lines, index) => {
    const canvas = form.addPage();
    const last = index === sheets.length - 1;
    for (const box of CMS1500_BOXES) canvas.box(box);
    drawTitle(canvas, claim);
    drawPatientAndInsured(canvas, claim);
    drawClaimItems(canvas, claim);
    drawLineGrid(canvas);
    lines.forEach((line, row) => drawLine(canvas, claim, row, line));
    drawProvider(canvas, claim, options.preparedOn);
    // Item 28: the claim's total on its last form only.
    canvas.fill(CMS1500['28'], last ? dollars(claim.totalCents) : 'CONTINUED', { align: 'right', bold: last });
    canvas.footer(
      `CMS-1500 (02/12) layout drawn for review, not the NUCC form · claim ${claim.claimId} · page ${index + 1} of ${sheets.length}`,
    );
  });
  return form.save();
}

/** Checkboxes spread along the bottom of a box, each with its caption. */
function checkboxes(canvas: Canvas, box: Rect, options: [caption: string, checked: boolean][]) {
  const baseline = box.y + box.h - 4;
  const step = (box.w - 4) / options.length;
  options.forEach(([caption, checked], index) => canvas.checkbox(box.x + 3 + index * step, baseline, caption, checked));
}

function sexBoxes(canvas: Canvas, box: Locator, birthDate: string, sex: string) {
  canvas.fill(box, spacedDate(birthDate, 4), { span: [0, 0.55] });
  checkboxes(canvas, slice(box, 0.55, 1), [
    ['M', sex === 'M'],
    ['F', sex === 'F'],
  ]);
}

function drawTitle(canvas: Canvas, claim: Claim) {
  const left = { x: PAGE.margin - 2, w: 330 };
  canvas.text(left, 38, 'HEALTH INSURANCE CLAIM FORM', { size: 13, bold: true });
  canvas.text(left, 49, 'CMS-1500 (02/12) layout', { size: 6, ink: true });
  canvas.fill(CMS1500.carrier, claim.payer.name);
  canvas.fill(CMS1500.carrier, `PAYER ID ${claim.payer.payerCode}`, { line: 1 });
}

function drawPatientAndInsured(canvas: Canvas, claim: Claim) {
  const patient = claim.patient;
  const subscriber = insured(claim);
  checkboxes(canvas, CMS1500['1'], [
    ['MEDICARE', false],
    ['MEDICAID', false],
    ['TRICARE', false],
    ['CHAMPVA', false],
    ['GROUP', false],
    ['FECA', false],
    ['OTHER', false],
  ]);
  canvas.fill(CMS1500['1a'], claim.coverage.memberId);
  canvas.fill(CMS1500['2'], lastFirst(patient.name));
  sexBoxes(canvas, CMS1500['3'], patient.birthDate, patient.sex);
  canvas.fill(CMS1500['4'], lastFirst(subscriber.name));
  if (patient.address) {
    addressLines(patient.address).forEach((text, line) => canvas.fill(CMS1500['5'], text, { line }));
  }
  const relationship = claim.coverage.relationship;
  checkboxes(
    canvas,
    CMS1500['6'],
    (['self', 'spouse', 'child', 'other'] as const).map((value) => [value.toUpperCase(), relationship === value]),
  );
  if (subscriber.address) {
    addressLines(subscriber.address).forEach((text, line) => canvas.fill(CMS1500['7'], text, { line }));
  }
  drawConditionQuestions(canvas);
  canvas.fill(CMS1500['11'], claim.coverage.groupNumber);
  sexBoxes(canvas, CMS1500['11a'], subscriber.birthDate, subscriber.sex);
  canvas.fill(CMS1500['11c'], claim.payer.name);
}

/** Item 10's questions as the form prints them; the claim does not record the answers. */
function drawConditionQuestions(canvas: Canvas) {
  const box = CMS1500['10'];
  ['a. EMPLOYMENT? (CURRENT OR PREVIOUS)', 'b. AUTO ACCIDENT?', 'c. OTHER ACCIDENT?'].forEach((question, index) => {
    const top = box.y + 12 + index * 22;
    canvas.text(box, top + 5, question, { size: 5, ink: true });
    canvas.checkbox(box.x + 20, top + 15, 'YES', false);
    canvas.checkbox(box.x + 60, top + 15, 'NO', false);
  });
}

function drawClaimItems(canvas: Canvas, claim: Claim) {
  // Item 21: ICD indicator 0 = ICD-10-CM; codes without the decimal point.
  const box = CMS1500['21'];
  canvas.text(slice(box, 0.8, 0.93), box.y + 12, 'ICD IND.', { size: 5, ink: true, align: 'right' });
  canvas.text(slice(box, 0.93, 1), box.y + 12, '0', { bold: true });
  DX_LETTERS.forEach((letter, index) => {
    const from = (index % 4) / 4;
    const line = Math.floor(index / 4) + 1;
    canvas.fill(box, `${letter}.`, { line, span: [from, from + 0.05], ink: true, size: 6 });
    canvas.fill(box, icdWithoutDot(claim.diagnoses[index] ?? ''), { line, span: [from + 0.05, from + 0.25] });
  });
  // Item 22: resubmission code 7 (replacement) or 8 (void) with the payer's original claim number.
  if (claim.frequency === '7' || claim.frequency === '8') {
    canvas.fill(CMS1500['22'], claim.frequency);
    canvas.fill(CMS1500['22ref'], claim.originalClaimId);
  }
  canvas.fill(CMS1500['23'], claim.authorizationNumber);
}

/** Column rules down the six lines, each line's shaded strip, and the line numbers in the margin. */
function drawLineGrid(canvas: Canvas) {
  const first = CMS1500['24Afrom'];
  const last = CMS1500['24J'];
  const width = last.x + last.w - first.x;
  for (let row = 0; row < CMS1500_LINES_PER_PAGE; row += 1) {
    const top = cms1500LineTop(row);
    canvas.shade({ x: first.x, y: top, w: width, h: CMS1500_SHADED_HEIGHT });
    canvas.rule({ x: first.x, y: top + CMS1500_LINE_HEIGHT }, { x: first.x + width, y: top + CMS1500_LINE_HEIGHT });
    canvas.text({ x: first.x + width, w: 14 }, top + CMS1500_LINE_HEIGHT - 5, String(row + 1), {
      size: 6,
      ink: true,
      align: 'center',
    });
    // The form preprints NPI as the qualifier of the unshaded rendering provider id.
    canvas.text(CMS1500['24I'], top + CMS1500_LINE_HEIGHT - 5, 'NPI', { size: 5.5, ink: true, align: 'center' });
  }
  const top = cms1500LineTop(0);
  const bottom = cms1500LineTop(CMS1500_LINES_PER_PAGE);
  for (const column of LINE_COLUMNS) {
    const { x, w } = CMS1500[column];
    canvas.rule({ x, y: top }, { x, y: bottom });
    canvas.rule({ x: x + w, y: top }, { x: x + w, y: bottom });
  }
  const modifiers = CMS1500['24Dmod'];
  for (let slot = 1; slot < MODIFIER_SLOTS; slot += 1) {
    const x = modifiers.x + (modifiers.w * slot) / MODIFIER_SLOTS;
    canvas.rule({ x, y: top }, { x, y: bottom });
  }
}

// 24A–J = 837P DTP*472, SV105 place of service, SV101 HC:code:modifiers, SV107 pointers, SV102
// charge, SV104 units, 2420A NM1*82 rendering provider NPI.
function drawLine(canvas: Canvas, claim: Claim, row: number, line: ServiceLine) {
  const baseline = cms1500LineTop(row) + CMS1500_LINE_HEIGHT - 5;
  const date = spacedDate(line.serviceDate, 2);
  canvas.text(CMS1500['24Afrom'], baseline, date);
  canvas.text(CMS1500['24Ato'], baseline, date);
  canvas.text(CMS1500['24B'], baseline, line.placeOfService ?? '', { align: 'center' });
  canvas.text(CMS1500['24D'], baseline, line.procedureCode);
  const modifiers = CMS1500['24Dmod'];
  line.modifiers.slice(0, MODIFIER_SLOTS).forEach((modifier, slot) => {
    const from = slot / MODIFIER_SLOTS;
    canvas.text(slice(modifiers, from, from + 1 / MODIFIER_SLOTS), baseline, modifier, { align: 'center' });
  });
  const pointers = DX_LETTERS.slice(0, Math.min(MAX_POINTERS, claim.diagnoses.length)).join('');
  canvas.text(CMS1500['24E'], baseline, pointers, { align: 'center' });
  canvas.text(CMS1500['24F'], baseline, dollars(line.chargeCents), { align: 'right' });
  canvas.text(CMS1500['24G'], baseline, String(line.units), { align: 'right' });
  canvas.text(CMS1500['24J'], baseline, providerFor(claim, line.renderingStaffId)?.npi ?? '');
}

function drawProvider(canvas: Canvas, claim: Claim, preparedOn: string | undefined) {
  const provider = claim.billingProvider;
  canvas.fill(CMS1500['25'], provider.taxId, { span: [0, 0.6] });
  checkboxes(canvas, slice(CMS1500['25'], 0.6, 1), [
    ['SSN', false],
    ['EIN', true],
  ]);
  canvas.fill(CMS1500['26'], claim.claimId);
  canvas.fill(CMS1500['31'], signer(claim), { line: 1 });
  if (preparedOn) canvas.fill(CMS1500['31'], `DATE ${spacedDate(preparedOn, 2)}`, { line: 3 });
  const place = [provider.name, ...addressLines(provider.address)];
  place.forEach((text, line) => {
    canvas.fill(CMS1500['32'], text, { line });
    canvas.fill(CMS1500['33'], text, { line });
  });
  canvas.fill(CMS1500['32a'], provider.npi);
  canvas.fill(CMS1500['33a'], provider.npi);
  // 33b: qualifier ZZ (provider taxonomy) then the code, as 837P PRV*BI*PXC carries it.
  canvas.fill(CMS1500['33b'], provider.taxonomy ? `ZZ ${provider.taxonomy}` : null);
}

/** Item 31: the one practitioner who rendered every line, else the billing provider. */
function signer(claim: Claim): string {
  const ids = new Set(claim.lines.map((line) => line.renderingStaffId));
  const [only] = ids;
  const provider = ids.size === 1 ? providerFor(claim, only ?? null) : null;
  return provider ? signatureName(provider) : claim.billingProvider.name;
}
