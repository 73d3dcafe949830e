// ICD-10-CM code shape (CMS/NCHS ICD-10-CM Official Guidelines, Section I.A.2–I.A.7): a 3-character
// category (letter, digit, digit or letter), then after a dot up to 4 more characters (subcategory,
// subclassification, 7th-character extension). Shape only: whether a code exists is the code set's job.
const ICD10_CM = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;

/** Clinicians type codes in any case, sometimes with spaces around them; stored as written in the book. */
export const normalizeIcd10 = (code: string): string => code.trim().toUpperCase();

export const isIcd10CmCode = (code: string): boolean => ICD10_CM.test(code);
