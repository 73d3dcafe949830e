// Display formats used across screens. Dates from the API are YYYY-MM-DD (clinic-local);
// instants are ISO 8601 with an offset.
import dayjs from 'dayjs';

export interface PersonName {
  given: string;
  family: string;
}

/** "Ruiz, Ana": the order clinical lists sort and scan by. */
export const formatName = (name: PersonName): string => `${name.family}, ${name.given}`;

/** "Ana Ruiz": for headers and greetings. */
export const formatNameNatural = (name: PersonName): string => `${name.given} ${name.family}`;

export const formatDate = (date: string | null | undefined): string =>
  date ? dayjs(date, 'YYYY-MM-DD').format('MM/DD/YYYY') : '—';

export const formatInstant = (instant: string): string => dayjs(instant).format('MM/DD/YYYY HH:mm:ss');

/** Age in whole years on `today` (defaults to now). */
export function ageOn(birthDate: string, today: dayjs.Dayjs = dayjs()): number {
  return today.diff(dayjs(birthDate, 'YYYY-MM-DD'), 'year');
}

export const SEX_LABELS: Record<string, string> = { F: 'Female', M: 'Male', U: 'Unknown' };
export const formatSex = (sex: string): string => SEX_LABELS[sex] ?? sex;

/** "(555) 123-4567" for 10-digit NANP numbers; anything else as given. */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return '—';
  const digits = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return digits.length === 10 ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}` : phone;
}

export interface AddressValue {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  postalCode: string;
}

export function formatAddress(address: AddressValue | null | undefined): string {
  if (!address) return '—';
  const street = [address.line1, address.line2].filter(Boolean).join(', ');
  return `${street}, ${address.city}, ${address.state} ${address.postalCode}`;
}

/** "mental_health" → "Mental health". */
export const humanize = (value: string): string => {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** "$1,234.50": money travels as integer cents (DESIGN §3.7) and becomes dollars only on screen. */
export const formatCents = (cents: number): string => USD.format(cents / 100);
