// Date rules of registration and insurance. Dates are YYYY-MM-DD strings, so they compare as text.

/** The earliest birth date accepted: older dates are almost always keying errors (1900 for 2000). */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * Today's date for the birth-date check. UTC's date is on or after the local date everywhere in the
 * United States, so a baby born late today in Honolulu is not rejected as born in the future.
 */
export const todayUtc = (now: Date): string => now.toISOString().slice(0, 10);

/** Why a birth date is implausible, or null when it is fine. */
export function birthDateProblem(birthDate: string, today: string): string | null {
  if (birthDate > today) return 'must not be in the future';
  if (birthDate < EARLIEST_BIRTH_DATE) return `must not be before ${EARLIEST_BIRTH_DATE}`;
  return null;
}

/** A period given as optional bounds ends before it starts (an open end is never wrong). */
export const endsBeforeStart = (start: string | null | undefined, end: string | null | undefined): boolean =>
  Boolean(start && end && end < start);
