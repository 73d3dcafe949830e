// Project values in their X12 5010 forms (shared/reference/iop-php-domain.md §2.1–§2.3), each checked
// so that a malformed value stops the build with the claim and path instead of reaching a payer.
import { EdiBuildError } from './build-error.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** DTP D8 / DMG02 date: `2024-01-08` → `20240108`; the day must exist on the calendar. */
export function d8(date: string, claimId: string | null, path: string): string {
  const match = ISO_DATE.exec(date);
  const [year, month, day] = (match?.slice(1) ?? []).map(Number);
  const parsed = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN));
  if (!match || parsed.getUTCFullYear() !== year || parsed.getUTCMonth() + 1 !== month || parsed.getUTCDate() !== day) {
    throw new EdiBuildError(`"${date}" is not a date (YYYY-MM-DD)`, claimId, path);
  }
  return match.slice(1).join('');
}

/** DTP RD8 period: `20240108-20240109`. */
export function rd8(from: string, to: string, claimId: string, path: string): string {
  if (to < from) throw new EdiBuildError(`period ends (${to}) before it starts (${from})`, claimId, path);
  return `${d8(from, claimId, `${path}.from`)}-${d8(to, claimId, `${path}.to`)}`;
}

const ICD10CM = /^[A-Z][0-9][0-9A-Z](?:\.?[0-9A-Z]{1,4})?$/;

/** ICD-10-CM goes into HI without its decimal point (iop-php-domain.md §6.2): `F33.2` → `F332`. */
export function icd10(code: string, claimId: string, path: string): string {
  const upper = code.trim().toUpperCase();
  if (!ICD10CM.test(upper)) throw new EdiBuildError(`"${code}" is not an ICD-10-CM code`, claimId, path);
  return upper.replace('.', '');
}

/** N403: the ZIP code's digits, without the ZIP+4 hyphen (`62701-1234` → `627011234`). */
export const postalCode = (code: string) => code.replace(/[\s-]/g, '');

/** REF*EI: the employer identification number as nine digits, without its hyphen. */
export const taxId = (id: string) => id.replace(/[\s-]/g, '');

/** DMG03 takes F, M or U; anything else recorded is sent as unknown. */
export const sexCode = (sex: string) => (sex === 'F' || sex === 'M' ? sex : 'U');

const MODIFIERS_PER_LINE = 4; // SV101-3…6 (837P) and SV202-3…6 (837I): four modifier positions

/** SV101 / SV202 composite: `HC:<CPT or HCPCS>:<modifier>…` (qualifier HC, iop-php-domain.md §3.2). */
export function procedure(code: string, modifiers: readonly string[], claimId: string, path: string): string[] {
  if (modifiers.length > MODIFIERS_PER_LINE) {
    throw new EdiBuildError(`${modifiers.length} modifiers; a line holds at most 4`, claimId, `${path}.modifiers`);
  }
  return ['HC', code, ...modifiers];
}

/** SV205 / SV104 service unit count: a positive quantity (data type R). */
export function units(count: number, claimId: string, path: string): string {
  if (!Number.isFinite(count) || count <= 0) {
    throw new EdiBuildError(`units ${count} must be a positive number`, claimId, path);
  }
  return String(count);
}

/** The most frequent value, the first seen on a tie (claim-level POS, claim-level providers). */
export function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}
