// The UB-04 (CMS-1450) grid, drawn after the NUBC form's arrangement of its 81 form locators:
// provider and patient header, 22 service lines with line 23 for page and totals, payers, insured,
// authorizations, diagnoses, procedures and practitioners. Measures in points from the top-left.
import { PAGE, byId, column, row, type Locator } from './layout.ts';

/** NUBC: the UB-04 has 22 service lines a page; line 23 carries the page number and the totals. */
export const UB04_LINES_PER_PAGE = 22;
export const UB04_LINE_HEIGHT = 11;

const M = PAGE.margin;

const CONDITION_CODE_BOXES = ['18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28'] as const;
export const UB04_CONDITION_CODE_BOXES = CONDITION_CODE_BOXES;

// FL67A–Q: the other diagnoses, after the principal one, in two rows under FL67.
const OTHER_DX = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q'] as const;
type OtherDx = (typeof OTHER_DX)[number];
export const UB04_OTHER_DX = OTHER_DX.map((tag) => `67${tag}` as const);
const otherDx = (tags: readonly OtherDx[], firstWidth: number) =>
  tags.map((tag, index) => [`67${tag}` as const, '', index === 0 ? firstWidth : 56, tag] as const);

const LINES_TOP = 242;
const LINE23_TOP = LINES_TOP + UB04_LINES_PER_PAGE * UB04_LINE_HEIGHT;

const boxes = [
  ...row(M, 18, 60, [
    ['1', 'BILLING PROVIDER NAME, ADDRESS', 190],
    ['2', 'PAY-TO NAME, ADDRESS', 170],
  ]),
  ...column(M + 360, 18, 140, [
    ['3a', 'PAT. CNTL #', 30],
    ['3b', 'MED. REC. #', 30],
  ]),
  ...row(M + 500, 18, 60, [['4', 'TYPE OF BILL', 76]]),
  ...row(M, 78, 24, [
    ['5', 'FED. TAX NO.', 130],
    ['6from', 'STATEMENT COVERS PERIOD FROM', 100, '6'],
    ['6through', 'THROUGH', 100, ''],
    ['7', '', 246],
  ]),
  ...row(M, 102, 34, [
    ['8', 'PATIENT NAME', 230],
    ['9', 'PATIENT ADDRESS', 346],
  ]),
  ...row(M, 136, 26, [
    ['10', 'BIRTHDATE', 56],
    ['11', 'SEX', 26],
    ['12', 'ADMISSION DATE', 52],
    ['13', 'HR', 22],
    ['14', 'TYPE', 28],
    ['15', 'SRC', 22],
    ['16', 'DHR', 22],
    ['17', 'STAT', 24],
  ]),
  ...row(M + 252, 136, 8, [['18-28', 'CONDITION CODES', 286, '18–28']]),
  ...row(
    M + 252,
    144,
    18,
    CONDITION_CODE_BOXES.map((id) => [id, '', 26] as const),
  ),
  ...row(M + 538, 136, 26, [
    ['29', 'ACDT STATE', 24],
    ['30', '', 14],
  ]),
  ...row(M, 162, 24, [
    ['31', 'OCCURRENCE CODE / DATE', 72],
    ['32', 'OCCURRENCE CODE / DATE', 72],
    ['33', 'OCCURRENCE CODE / DATE', 72],
    ['34', 'OCCURRENCE CODE / DATE', 72],
    ['35', 'OCCURRENCE SPAN CODE / FROM / THROUGH', 120],
    ['36', 'OCCURRENCE SPAN CODE / FROM / THROUGH', 120],
    ['37', '', 48],
  ]),
  ...row(M, 186, 40, [
    ['38', 'RESPONSIBLE PARTY NAME, ADDRESS', 240],
    ['39', 'VALUE CODES CODE / AMOUNT', 112],
    ['40', 'VALUE CODES CODE / AMOUNT', 112],
    ['41', 'VALUE CODES CODE / AMOUNT', 112],
  ]),
  // Column headings of the service lines; the lines themselves are rows under them.
  ...row(M, 226, 16, [
    ['42', 'REV. CD.', 40],
    ['43', 'DESCRIPTION', 176],
    ['44', 'HCPCS / RATE / HIPPS CODE', 110],
    ['45', 'SERV. DATE', 54],
    ['46', 'SERV. UNITS', 46],
    ['47', 'TOTAL CHARGES', 70],
    ['48', 'NON-COVERED CHARGES', 66],
    ['49', '', 14],
  ]),
  ...row(M, LINE23_TOP + UB04_LINE_HEIGHT + 1, 42, [
    ['50', 'PAYER NAME', 170],
    ['51', 'HEALTH PLAN ID', 100],
    ['52', 'REL. INFO', 30],
    ['53', 'ASG. BEN.', 30],
    ['54', 'PRIOR PAYMENTS', 70],
    ['55', 'EST. AMOUNT DUE', 70],
  ]),
  ...column(M + 470, LINE23_TOP + UB04_LINE_HEIGHT + 1, 106, [
    ['56', 'NPI', 21],
    ['57', 'OTHER PRV ID', 21],
  ]),
  ...row(M, 538, 42, [
    ['58', "INSURED'S NAME", 170],
    ['59', 'P. REL', 30],
    ['60', "INSURED'S UNIQUE ID", 150],
    ['61', 'GROUP NAME', 110],
    ['62', 'INSURANCE GROUP NO.', 116],
  ]),
  ...row(M, 580, 42, [
    ['63', 'TREATMENT AUTHORIZATION CODES', 200],
    ['64', 'DOCUMENT CONTROL NUMBER', 200],
    ['65', 'EMPLOYER NAME', 176],
  ]),
  ...row(M, 622, 36, [['66', 'DX', 24]]),
  ...row(M + 24, 622, 18, [['67', 'PRINCIPAL DX', 62], ...otherDx(OTHER_DX.slice(0, 8), 56)]),
  ...row(M + 24, 640, 18, otherDx(OTHER_DX.slice(8), 62)),
  ...row(M + 534, 622, 36, [['68', '', 42]]),
  ...row(M, 658, 22, [
    ['69', 'ADMIT DX', 70],
    ['70', 'PATIENT REASON DX', 180],
    ['71', 'PPS CODE', 60],
    ['72', 'ECI', 180],
    ['73', '', 86],
  ]),
  ...row(M, 680, 44, [
    ['74', 'PRINCIPAL PROCEDURE CODE / DATE; OTHER PROCEDURES A-E', 250],
    ['75', '', 20],
  ]),
  ...column(M + 270, 680, 306, [
    ['76', 'ATTENDING  NPI / LAST, FIRST', 22],
    ['77', 'OPERATING  NPI / LAST, FIRST', 22],
    ['78', 'OTHER  NPI / LAST, FIRST', 22],
    ['79', 'OTHER  NPI / LAST, FIRST', 22],
  ]),
  ...row(M, 724, 44, [
    ['80', 'REMARKS', 200],
    ['81', 'CC', 70],
  ]),
] as const;

export type Ub04Box = (typeof boxes)[number]['id'];
export const UB04: Record<Ub04Box, Locator<Ub04Box>> = byId<Ub04Box>(boxes);
export const UB04_BOXES: readonly Locator<Ub04Box>[] = boxes;

/** Top edge of service line `index` (0–21), or of line 23 at index 22. */
export const ub04LineTop = (index: number) => LINES_TOP + index * UB04_LINE_HEIGHT;
