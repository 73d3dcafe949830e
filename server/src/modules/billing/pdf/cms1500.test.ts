import { describe, expect, it } from 'vitest';
import { renderCms1500 } from './cms1500.ts';
import { CMS1500, CMS1500_LINE_HEIGHT, cms1500LineTop, type Cms1500Box } from './cms1500-layout.ts';
import type { RenderOptions } from './document.ts';
import { professionalClaim, therapist } from './test-fixtures.ts';
import { allText, checkedIn, dataIn, readForm, type TextRun } from './test-pdf.ts';

/** What one service line (0–5) shows in a column. */
const cell = (runs: TextRun[], row: number, column: Cms1500Box) =>
  dataIn(runs, { x: CMS1500[column].x, w: CMS1500[column].w, y: cms1500LineTop(row), h: CMS1500_LINE_HEIGHT }).join(
    ' ',
  );

const render = async (claim = professionalClaim(), options: RenderOptions = { preparedOn: '2026-04-01' }) =>
  readForm(await renderCms1500(claim, options));

const firstPage = async (claim = professionalClaim()) => (await render(claim)).pages[0] ?? [];

describe('renderCms1500', () => {
  it('writes a one-page US Letter PDF that pdf-lib loads back, titled by the claim', async () => {
    const { doc, pages } = await render();
    expect(pages).toHaveLength(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
    expect(doc.getTitle()).toBe('CMS-1500 CLM-2026-0002');
  });

  it('fills the patient, insured and claim items inside their boxes', async () => {
    const runs = await firstPage();
    const expected: [Cms1500Box, string[]][] = [
      ['carrier', ['Example Health Plan', 'PAYER ID 87726']],
      ['1a', ['W123456789']],
      ['2', ['Doe, Jane']],
      ['3', ['01 01 1980', 'X']],
      ['4', ['Doe, John']],
      ['5', ['1 Elm St Apt 4', 'Springfield, IL 627011234']],
      ['7', []],
      ['11', ['GRP001']],
      ['11a', ['06 15 1978', 'X']],
      ['11c', ['Example Health Plan']],
      ['22', ['7']],
      ['22ref', ['PAYER-ICN-5566']],
      ['23', ['PA-4410']],
      ['25', ['123456789', 'X']],
      ['26', ['CLM-2026-0002']],
      ['28', ['240.00']],
      ['31', ['Mary Jones, LCSW', 'DATE 04 01 26']],
      ['32', ['Hope Behavioral Health', '100 Main St', 'Springfield, IL 627011234']],
      ['32a', ['1234567893']],
      ['33', ['Hope Behavioral Health', '100 Main St', 'Springfield, IL 627011234']],
      ['33a', ['1234567893']],
      ['33b', ['ZZ 261QM0801X']],
    ];
    for (const [box, texts] of expected) expect(dataIn(runs, CMS1500[box]), `item ${box}`).toEqual(texts);
  });

  it('crosses the boxes the claim answers and no others', async () => {
    const runs = await firstPage();
    expect(checkedIn(runs, CMS1500['1'])).toEqual([]);
    expect(checkedIn(runs, CMS1500['3'])).toEqual(['F']);
    expect(checkedIn(runs, CMS1500['6'])).toEqual(['SPOUSE']);
    expect(checkedIn(runs, CMS1500['11a'])).toEqual(['M']);
    expect(checkedIn(runs, CMS1500['25'])).toEqual(['EIN']);
    expect(checkedIn(runs, CMS1500['10'])).toEqual([]);
  });

  it('lists diagnoses A–L without the dot under ICD indicator 0', async () => {
    const claim = professionalClaim();
    claim.diagnoses = Array.from({ length: 13 }, (_, index) => `F4${index % 10}.${index}`);
    const runs = await firstPage(claim);
    const box = dataIn(runs, CMS1500['21']);
    expect(box[0]).toBe('0');
    expect(box.slice(1)).toEqual([
      'F400',
      'F411',
      'F422',
      'F433',
      'F444',
      'F455',
      'F466',
      'F477',
      'F488',
      'F499',
      'F4010',
      'F4111',
    ]);
  });

  it('prints each service line in 24A–J with up to four diagnosis pointers', async () => {
    const runs = await firstPage(professionalClaim(3));
    const columns = ['24Afrom', '24Ato', '24B', '24D', '24Dmod', '24E', '24F', '24G', '24J'] as const;
    const row = (index: number) => columns.map((column) => cell(runs, index, column));
    expect(row(0)).toEqual(['03 09 26', '03 09 26', '10', '90853', '95 HQ', 'AB', '120.00', '1', therapist.npi]);
    // The third line names a provider the claim does not carry: no NPI rather than a wrong one.
    expect(row(2)).toEqual(['03 10 26', '03 10 26', '10', '90853', '95 HQ', 'AB', '120.00', '1', '']);
    expect(row(3)).toEqual(['', '', '', '', '', '', '', '', '']);

    const many = professionalClaim(1);
    many.diagnoses = ['F33.2', 'F41.1', 'F10.20', 'F43.10', 'Z63.0'];
    expect(cell(await firstPage(many), 0, '24E')).toBe('ABCD');
  });

  it('signs item 31 with the billing provider when the lines have more than one renderer', async () => {
    const runs = await firstPage(professionalClaim(3));
    expect(dataIn(runs, CMS1500['31'])).toEqual(['Hope Behavioral Health', 'DATE 04 01 26']);
  });

  it('leaves item 22 empty on an original claim and item 31 undated without a preparation day', async () => {
    const claim = { ...professionalClaim(), frequency: '1' as const, originalClaimId: null };
    const runs = (await render(claim, {})).pages[0] ?? [];
    expect(dataIn(runs, CMS1500['22'])).toEqual([]);
    expect(dataIn(runs, CMS1500['22ref'])).toEqual([]);
    expect(dataIn(runs, CMS1500['31'])).toEqual(['Mary Jones, LCSW']);
  });

  it('continues past six lines on further forms, CONTINUED in item 28 until the last', async () => {
    const { pages } = await render(professionalClaim(14));
    expect(pages).toHaveLength(3);
    expect(pages.map((runs) => dataIn(runs, CMS1500['28']))).toEqual([['CONTINUED'], ['CONTINUED'], ['1,680.00']]);
    expect(pages.map((runs) => cell(runs, 0, '24Afrom'))).toEqual(['03 09 26', '03 12 26', '03 15 26']);
    expect(cell(pages[2] ?? [], 1, '24Afrom')).toBe('03 15 26');
    expect(cell(pages[2] ?? [], 2, '24Afrom')).toBe('');
    expect(pages.map((runs) => dataIn(runs, CMS1500['1a']))).toEqual([['W123456789'], ['W123456789'], ['W123456789']]);
    expect((await render(professionalClaim(6))).pages).toHaveLength(1);
    expect((await render(professionalClaim(7))).pages).toHaveLength(2);
  });

  it('prints the form captions, so an empty form still reads as a CMS-1500', async () => {
    const text = allText(await firstPage(professionalClaim(0)));
    for (const caption of [
      'HEALTH INSURANCE CLAIM FORM',
      "INSURED'S I.D. NUMBER",
      'PRIOR AUTHORIZATION NUMBER',
      'TOTAL CHARGE',
    ]) {
      expect(text).toContain(caption);
    }
  });
});
