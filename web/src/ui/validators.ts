import type { AddressValue } from './format';

// Client-side checks mirroring the server's formats, so mistakes show before a round trip.

export const required =
  (label: string) =>
  (value: unknown): string | null =>
    value === null || value === undefined || String(value).trim() === '' ? `${label} is required` : null;

export const matches =
  (pattern: RegExp, message: string, optional = false) =>
  (value: unknown): string | null => {
    const text = String(value ?? '').trim();
    if (text === '') return optional ? null : message;
    return pattern.test(text) ? null : message;
  };

export const NPI = /^\d{10}$/;
export const TAX_ID = /^\d{2}-?\d{7}$/;
export const TAXONOMY = /^[0-9]{3}[0-9A-Z]{6}X$/;
export const PHONE = /^(\+?1[ .-]?)?(\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]?\d{4}$/;
export const STATE = /^[A-Z]{2}$/;
export const POSTAL_CODE = /^\d{5}(-?\d{4})?$/;
/** Clearinghouse payer IDs as the API accepts them. */
export const PAYER_ID = /^[A-Za-z0-9-]{2,80}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const ICD10 = /^[A-TV-Z][0-9][0-9AB](\.[0-9A-TV-Z]{1,4})?$/;

export interface AddressValues {
  line1: string;
  line2: string;
  city: string;
  state: string;
  postalCode: string;
}

export const emptyAddress = (): AddressValues => ({ line1: '', line2: '', city: '', state: '', postalCode: '' });

/** Validation rules for an address block; an optional address may be left entirely empty. */
export function addressRules(optional = false) {
  const blank = (a: AddressValues) => !a.line1 && !a.city && !a.state && !a.postalCode;
  const rule = (check: (value: unknown) => string | null) => (value: unknown, values: object) => {
    const address = (values as { address?: AddressValues }).address;
    return optional && address && blank(address) ? null : check(value);
  };
  return {
    line1: rule(required('Street address')),
    city: rule(required('City')),
    state: rule(matches(STATE, 'Two capital letters, e.g. NY')),
    postalCode: rule(matches(POSTAL_CODE, 'Five digits, or ZIP+4')),
  };
}

/** The API's address: trimmed, with an empty second line left out; null when nothing was entered. */
export function toAddress(a: AddressValues) {
  if (!a.line1 && !a.city && !a.state && !a.postalCode) return null;
  return {
    line1: a.line1.trim(),
    ...(a.line2.trim() ? { line2: a.line2.trim() } : {}),
    city: a.city.trim(),
    state: a.state.trim().toUpperCase(),
    postalCode: a.postalCode.trim(),
  };
}

export const fromAddress = (a: AddressValue | null | undefined): AddressValues =>
  a ? { line1: a.line1, line2: a.line2 ?? '', city: a.city, state: a.state, postalCode: a.postalCode } : emptyAddress();

/** Undefined for blank optional text, so it is left out of the request body. */
export const optionalText = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
