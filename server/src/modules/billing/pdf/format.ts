// How claim values are written on the paper forms: the forms' date layouts, dollars from integer
// cents, names and diagnosis codes. Pure text, shared by the UB-04 and CMS-1500 renderings.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(iso: string): [string, string, string] {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`"${iso}" is not a YYYY-MM-DD date`);
  const [, year = '', month = '', day = ''] = match;
  return [year, month, day];
}

/** Midnight UTC of a date, for the PDF's own creation and modification dates. */
export function utcMidnight(iso: string): Date {
  const [year, month, day] = dateParts(iso);
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** UB-04 FL6, FL12, FL45: MMDDYY. */
export function mmddyy(iso: string): string {
  const [year, month, day] = dateParts(iso);
  return `${month}${day}${year.slice(2)}`;
}

/** UB-04 FL10 birth date: MMDDCCYY. */
export function mmddccyy(iso: string): string {
  const [year, month, day] = dateParts(iso);
  return `${month}${day}${year}`;
}

/** CMS-1500 date boxes print month, day and year in their own columns: `MM DD YY` or `MM DD YYYY`. */
export function spacedDate(iso: string, yearDigits: 2 | 4): string {
  const [year, month, day] = dateParts(iso);
  return `${month} ${day} ${year.slice(4 - yearDigits)}`;
}

/** Dollars with thousands separators and both cent digits, worked on integer cents: 123450 → `1,234.50`. */
export function dollars(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount ${cents} is not a whole number of cents`);
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${cents < 0 ? '-' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** `LAST, FIRST` as both forms ask for the patient's and the insured's names (UB-04 FL8b, CMS-1500 box 2). */
export const lastFirst = (name: { given: string; family: string }) => `${name.family}, ${name.given}`;

/**
 * The forms take ICD-10-CM codes without the decimal point, which is implied (NUBC FL67; NUCC 1500
 * box 21), as 837 HI does.
 */
export const icdWithoutDot = (code: string) => code.replace('.', '');

/** The claim's lines, `size` to a page; a claim without lines still has its one page. */
export function pages<T>(lines: readonly T[], size: number): T[][] {
  if (lines.length === 0) return [[]];
  const result: T[][] = [];
  for (let start = 0; start < lines.length; start += size) result.push(lines.slice(start, start + size));
  return result;
}

/**
 * X12 individual relationship codes (SBR02), which UB-04 FL59 prints: 18 self, 01 spouse, 19 child,
 * G8 other relationship.
 */
const RELATIONSHIP_CODES: Record<string, string> = { self: '18', spouse: '01', child: '19', other: 'G8' };

export const relationshipCode = (relationship: string) => RELATIONSHIP_CODES[relationship] ?? 'G8';
