// NPI check digit. CMS, "Requirements for NPI Check Digit" (NPS, 2004): the 10th digit is the
// ISO/IEC 7812 Luhn check digit computed over the prefix 80840 (the US health-industry card issuer
// identifier) followed by the first 9 digits of the NPI.
const NPI_PREFIX = '80840';

/** True for a 10-digit NPI whose check digit is right. */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  return luhnCheckDigit(NPI_PREFIX + npi.slice(0, 9)) === Number(npi[9]);
}

/** The Luhn digit to append to `payload`: double every second digit from the right, sum, round up to ten. */
function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i += 1) {
    const digit = Number(payload[payload.length - 1 - i]);
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10;
}
