// The patient search box takes what front-desk staff type: an MRN, a birth date in ISO or US form,
// name fragments in any order ("ruiz ana", "Ana R", "Ruiz, Ana"), or a mix of them.

export interface SearchTerms {
  /** Each must equal the MRN (several can only match nothing, which is the honest answer). */
  mrns: string[];
  /** ISO dates; each must equal the birth date. */
  birthDates: string[];
  /** Lowercased; each must be the start of a word of the given or family name. */
  nameTokens: string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DIGITS = /^\d+$/;

/** A real calendar date as YYYY-MM-DD, or null (Feb 30 is not a date). */
function calendarDate(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : null;
}

function asDate(chunk: string): string | null {
  const iso = ISO_DATE.exec(chunk);
  if (iso) return calendarDate(iso[1]!, iso[2]!, iso[3]!);
  const us = US_DATE.exec(chunk);
  return us ? calendarDate(us[3]!, us[1]!, us[2]!) : null;
}

export function parseSearchQuery(query: string | undefined): SearchTerms {
  const terms: SearchTerms = { mrns: [], birthDates: [], nameTokens: [] };
  for (const chunk of (query ?? '').split(/[\s,;]+/).filter(Boolean)) {
    const date = asDate(chunk);
    if (date) terms.birthDates.push(date);
    else if (DIGITS.test(chunk)) terms.mrns.push(chunk);
    // Hyphenated names are matched word by word, so "jones-smith" and "smith" both find Jones-Smith.
    // A malformed date ("02/30/1980") stays text: it matches no name rather than every patient.
    else terms.nameTokens.push(...chunk.toLowerCase().split('-').filter(Boolean));
  }
  return terms;
}
