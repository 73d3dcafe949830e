// The people and places a form names, read off the claim: the insured (the subscriber, or the
// patient when the coverage is their own), line providers by staff id, and address lines.
import type { Claim, PatientFacts, Provider } from '../claim-model.ts';

type Address = NonNullable<PatientFacts['address']>;

export interface Insured {
  name: { given: string; family: string };
  birthDate: string;
  sex: string;
  address: Address | null;
}

/** The subscriber when the coverage names one, else the patient (relationship `self`). */
export function insured(claim: Claim): Insured {
  const subscriber = claim.coverage.subscriber;
  if (subscriber) {
    const { given, family, birthDate, sex } = subscriber;
    return { name: { given, family }, birthDate, sex, address: null };
  }
  const { name, birthDate, sex, address } = claim.patient;
  return { name, birthDate, sex, address };
}

/** The provider a line names by staff id, when the claim carries it (`Claim.providers`). */
export function providerFor(claim: Claim, staffId: string | null): Provider | null {
  if (!staffId) return null;
  return claim.providers?.find((provider) => provider.staffId === staffId) ?? null;
}

/** The street on one line, then `City, ST ZIP`: the two lines the forms' address boxes hold. */
export function addressLines(address: Address): [string, string] {
  const street = [address.line1, address.line2].filter(Boolean).join(' ');
  return [street, `${address.city}, ${address.state} ${address.postalCode}`];
}

/** `Given Family, Credentials` as a signature line reads. */
export function signatureName(provider: Provider): string {
  const name = `${provider.name.given} ${provider.name.family}`;
  return provider.credentials ? `${name}, ${provider.credentials}` : name;
}
