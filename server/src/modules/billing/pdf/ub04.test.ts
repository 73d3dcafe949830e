import { describe, expect, it } from 'vitest';
import { institutionalClaim } from './test-fixtures.ts';
import { allText, dataIn, readForm, type TextRun } from './test-pdf.ts';
import { renderUb04 } from './ub04.ts';
import { UB04, UB04_LINES_PER_PAGE, UB04_LINE_HEIGHT, ub04LineTop, type Ub04Box } from './ub04-layout.ts';

/** What one service line row (0–22) shows in a column. */
const cell = (runs: TextRun[], row: number, column: Ub04Box) =>
  dataIn(runs, { x: UB04[column].x, w: UB04[column].w, y: ub04LineTop(row), h: UB04_LINE_HEIGHT }).join(' ');

const firstPage = async (claim = institutionalClaim()) => {
  const form = await readForm(await renderUb04(claim, { preparedOn: '2026-04-01' }));
  return form.pages[0] ?? [];
};

describe('renderUb04', () => {
  it('writes a one-page US Letter PDF that pdf-lib loads back, titled by the claim', async () => {
    const { doc, pages } = await readForm(await renderUb04(institutionalClaim()));
    expect(pages).toHaveLength(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
    expect(doc.getTitle()).toBe('UB-04 CLM-2026-0001');
  });

  it('fills the IOP/PHP header locators inside their boxes', async () => {
    const runs = await firstPage();
    const expected: [Ub04Box, string[]][] = [
      ['1', ['Hope Behavioral Health', '100 Main St', 'Springfield, IL 627011234']],
      ['3a', ['CLM-2026-0001']],
      ['3b', ['MRN-000417']],
      ['4', ['0761']],
      ['5', ['123456789']],
      ['6from', ['030226']],
      ['6through', ['030326']],
      ['8', ['Doe, Jane']],
      ['9', ['1 Elm St Apt 4', 'Springfield, IL 627011234']],
      ['10', ['01011980']],
      ['11', ['F']],
      ['12', ['022326']],
      ['17', ['01']],
      ['18', ['92']],
      ['19', []],
      ['50', ['Medicare Part A IL']],
      ['51', ['06102']],
      ['56', ['1234567893']],
      ['58', ['Doe, Jane']],
      ['59', ['18']],
      ['60', ['1EG4TE5MK73']],
      ['62', []],
      ['63', ['AUTH-77']],
      ['64', []],
      ['66', ['0']],
      ['67', ['F332']],
      ['67A', ['F411']],
      ['67B', ['F1020']],
      ['67C', []],
      ['76', ['1245319599', 'Okafor, Ruth']],
      ['77', []],
    ];
    for (const [box, texts] of expected) expect(dataIn(runs, UB04[box]), `FL${box}`).toEqual(texts);
  });

  it('prints each service line in FL42–47 and the total on line 23 with revenue code 0001', async () => {
    const runs = await firstPage();
    const row = (index: number) => (['42', '43', '44', '45', '46', '47'] as const).map((c) => cell(runs, index, c));
    expect(row(0)).toEqual(['0915', 'GROUP THERAPY', 'G0410', '030226', '1', '150.00']);
    expect(row(1)).toEqual(['0914', 'INDIVIDUAL THERAPY', '90834', '030226', '1', '210.50']);
    expect(row(3)).toEqual(['', '', '', '', '', '']);
    const line23 = (['42', '43', '45', '47'] as const).map((c) => cell(runs, UB04_LINES_PER_PAGE, c));
    expect(line23).toEqual(['0001', 'PAGE 1 OF 1', '040126', '510.50']);
  });

  it('writes HCPCS modifiers after the code and prints no description for an unknown revenue code', async () => {
    const claim = institutionalClaim(1);
    claim.lines = claim.lines.map((line) => ({ ...line, revenueCode: '0999', modifiers: ['PO', 'HQ'] }));
    const runs = await firstPage(claim);
    expect(cell(runs, 0, '42')).toBe('0999');
    expect(cell(runs, 0, '43')).toBe('');
    expect(cell(runs, 0, '44')).toBe('G0410 PO HQ');
  });

  it('shows a replacement claim the payer claim it corrects and each condition code in its own box', async () => {
    const claim = { ...institutionalClaim(), frequency: '7' as const, typeOfBill: '137', originalClaimId: 'ICN-99' };
    claim.conditionCodes = ['41', 'X1'];
    const runs = await firstPage(claim);
    expect(dataIn(runs, UB04['4'])).toEqual(['0137']);
    expect(dataIn(runs, UB04['64'])).toEqual(['ICN-99']);
    expect([dataIn(runs, UB04['18']), dataIn(runs, UB04['19'])]).toEqual([['41'], ['X1']]);
  });

  it('leaves the attending, admission date and creation date empty when the claim has none', async () => {
    const claim = { ...institutionalClaim(), attending: null, admissionDate: null };
    const { pages } = await readForm(await renderUb04(claim));
    const runs = pages[0] ?? [];
    expect(dataIn(runs, UB04['76'])).toEqual([]);
    expect(dataIn(runs, UB04['12'])).toEqual([]);
    expect(cell(runs, UB04_LINES_PER_PAGE, '45')).toBe('');
  });

  it('continues past 22 lines on further pages, the header on each, the total on the last only', async () => {
    const claim = institutionalClaim(50);
    const { pages } = await readForm(await renderUb04(claim));
    expect(pages).toHaveLength(3);
    const [first = [], second = [], third = []] = pages;
    expect(cell(first, 21, '45')).toBe('031226');
    expect(cell(second, 0, '45')).toBe('031326');
    expect(cell(third, 5, '45')).toBe('032626');
    expect(cell(third, 6, '42')).toBe('');
    expect(pages.map((runs) => cell(runs, UB04_LINES_PER_PAGE, '43'))).toEqual([
      'PAGE 1 OF 3',
      'PAGE 2 OF 3',
      'PAGE 3 OF 3',
    ]);
    expect(pages.map((runs) => cell(runs, UB04_LINES_PER_PAGE, '47'))).toEqual(['', '', '9,012.50']);
    expect(pages.map((runs) => dataIn(runs, UB04['3a']))).toEqual([
      ['CLM-2026-0001'],
      ['CLM-2026-0001'],
      ['CLM-2026-0001'],
    ]);
  });

  it('fills exactly one page with 22 lines and starts a second at 23', async () => {
    expect((await readForm(await renderUb04(institutionalClaim(22)))).pages).toHaveLength(1);
    expect((await readForm(await renderUb04(institutionalClaim(23)))).pages).toHaveLength(2);
    expect((await readForm(await renderUb04(institutionalClaim(0)))).pages).toHaveLength(1);
  });

  it('prints the form captions, so an empty form still reads as a UB-04', async () => {
    const text = allText(await firstPage(institutionalClaim(0)));
    for (const caption of [
      'TYPE OF BILL',
      'STATEMENT COVERS PERIOD FROM',
      'CONDITION CODES',
      'TREATMENT AUTHORIZATION CODES',
    ]) {
      expect(text).toContain(caption);
    }
  });
});
