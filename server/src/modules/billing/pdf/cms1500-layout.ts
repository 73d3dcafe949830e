// The CMS-1500 (02/12) grid, drawn after the NUCC form's arrangement: carrier block, patient and
// insured items 1–13 in two columns, items 14–23, six service lines (24A–J, each with its shaded
// supplemental strip), and the provider items 25–33. Measures in points from the top-left.
import { PAGE, byId, column, row, type Locator } from './layout.ts';

/** NUCC: six service lines a form; a longer claim continues on further forms. */
export const CMS1500_LINES_PER_PAGE = 6;
export const CMS1500_LINE_HEIGHT = 30;
/** The shaded supplemental strip at the top of each service line. */
export const CMS1500_SHADED_HEIGHT = 12;

const M = PAGE.margin;
const RIGHT = M + 336;
const LINES_TOP = 432;

const boxes = [
  ...row(RIGHT, 18, 36, [['carrier', 'CARRIER', 240, '']]),
  ...row(M, 58, 28, [
    ['1', 'MEDICARE / MEDICAID / TRICARE / CHAMPVA / GROUP HEALTH PLAN / FECA BLK LUNG / OTHER', 336],
    ['1a', "INSURED'S I.D. NUMBER (FOR PROGRAM IN ITEM 1)", 240],
  ]),
  ...row(M, 86, 26, [
    ['2', "PATIENT'S NAME (LAST NAME, FIRST NAME, MIDDLE INITIAL)", 200],
    ['3', "PATIENT'S BIRTH DATE (MM DD YYYY) / SEX", 136],
    ['4', "INSURED'S NAME (LAST NAME, FIRST NAME, MIDDLE INITIAL)", 240],
  ]),
  ...row(M, 112, 54, [['5', "PATIENT'S ADDRESS (NO., STREET, CITY, STATE, ZIP CODE)", 200]]),
  ...column(M + 200, 112, 136, [
    ['6', 'PATIENT RELATIONSHIP TO INSURED', 22],
    ['8', 'RESERVED FOR NUCC USE', 32],
  ]),
  ...row(RIGHT, 112, 54, [['7', "INSURED'S ADDRESS (NO., STREET, CITY, STATE, ZIP CODE)", 240]]),
  ...column(M, 166, 200, [
    ['9', "OTHER INSURED'S NAME (LAST NAME, FIRST NAME, MIDDLE INITIAL)", 20],
    ['9a', "OTHER INSURED'S POLICY OR GROUP NUMBER", 20],
    ['9b', 'RESERVED FOR NUCC USE', 20],
    ['9c', 'RESERVED FOR NUCC USE', 20],
    ['9d', 'INSURANCE PLAN NAME OR PROGRAM NAME', 20],
  ]),
  ...column(M + 200, 166, 136, [
    ['10', "IS PATIENT'S CONDITION RELATED TO:", 80],
    ['10d', 'CLAIM CODES (DESIGNATED BY NUCC)', 20],
  ]),
  ...column(RIGHT, 166, 240, [
    ['11', "INSURED'S POLICY GROUP OR FECA NUMBER", 20],
    ['11a', "INSURED'S DATE OF BIRTH (MM DD YYYY) / SEX", 20],
    ['11b', 'OTHER CLAIM ID (DESIGNATED BY NUCC)', 20],
    ['11c', 'INSURANCE PLAN NAME OR PROGRAM NAME', 20],
    ['11d', 'IS THERE ANOTHER HEALTH BENEFIT PLAN?', 20],
  ]),
  ...row(M, 266, 26, [
    ['12', "PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE", 336],
    ['13', "INSURED'S OR AUTHORIZED PERSON'S SIGNATURE", 240],
  ]),
  ...row(M, 292, 22, [
    ['14', 'DATE OF CURRENT ILLNESS, INJURY, OR PREGNANCY (LMP)', 150],
    ['15', 'OTHER DATE', 186],
    ['16', 'DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION', 240],
  ]),
  ...row(M, 314, 22, [
    ['17', 'NAME OF REFERRING PROVIDER OR OTHER SOURCE', 200],
    ['17a', '', 56],
    ['17b', 'NPI', 80],
    ['18', 'HOSPITALIZATION DATES RELATED TO CURRENT SERVICES', 240],
  ]),
  ...row(M, 336, 22, [
    ['19', 'ADDITIONAL CLAIM INFORMATION (DESIGNATED BY NUCC)', 336],
    ['20', 'OUTSIDE LAB? $ CHARGES', 240],
  ]),
  ...row(M, 358, 50, [['21', 'DIAGNOSIS OR NATURE OF ILLNESS OR INJURY. RELATE A-L TO SERVICE LINE BELOW (24E)', 336]]),
  ...row(RIGHT, 358, 25, [
    ['22', 'RESUBMISSION CODE', 80],
    ['22ref', 'ORIGINAL REF. NO.', 160, ''],
  ]),
  ...row(RIGHT, 383, 25, [['23', 'PRIOR AUTHORIZATION NUMBER', 240]]),
  // Column headings of the service lines; the lines themselves are rows under them.
  ...row(M, 408, 24, [
    ['24Afrom', 'DATE(S) OF SERVICE FROM MM DD YY', 50, '24A'],
    ['24Ato', 'TO MM DD YY', 50, ''],
    ['24B', 'PLACE OF SERVICE', 28],
    ['24C', 'EMG', 22],
    ['24D', 'CPT/HCPCS', 56],
    ['24Dmod', 'MODIFIER', 92, ''],
    ['24E', 'DIAGNOSIS POINTER', 48],
    ['24F', '$ CHARGES', 64],
    ['24G', 'DAYS OR UNITS', 32],
    ['24H', 'EPSDT FAMILY PLAN', 28],
    ['24I', 'ID. QUAL.', 26],
    ['24J', 'RENDERING PROVIDER ID. #', 80],
  ]),
  ...row(M, LINES_TOP + CMS1500_LINES_PER_PAGE * CMS1500_LINE_HEIGHT, 28, [
    ['25', 'FEDERAL TAX I.D. NUMBER', 150],
    ['26', "PATIENT'S ACCOUNT NO.", 120],
    ['27', 'ACCEPT ASSIGNMENT?', 76],
    ['28', 'TOTAL CHARGE', 80],
    ['29', 'AMOUNT PAID', 80],
    ['30', 'RSVD FOR NUCC USE', 70],
  ]),
  ...row(M, 640, 76, [['31', 'SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS', 150]]),
  ...row(M + 150, 640, 56, [
    ['32', 'SERVICE FACILITY LOCATION INFORMATION', 200],
    ['33', 'BILLING PROVIDER INFO & PH #', 226],
  ]),
  ...row(M + 150, 696, 20, [
    ['32a', 'NPI', 100],
    ['32b', '', 100],
    ['33a', 'NPI', 113],
    ['33b', '', 113],
  ]),
] as const;

export type Cms1500Box = (typeof boxes)[number]['id'];
export const CMS1500: Record<Cms1500Box, Locator<Cms1500Box>> = byId<Cms1500Box>(boxes);
export const CMS1500_BOXES: readonly Locator<Cms1500Box>[] = boxes;

/** Top edge of service line `index` (0–5). */
export const cms1500LineTop = (index: number) => LINES_TOP + index * CMS1500_LINE_HEIGHT;
