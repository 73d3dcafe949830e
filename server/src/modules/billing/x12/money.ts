// Money crosses X12 as decimal text (data type R, e.g. CLP04 `480` or `120.5`) and lives in the
// project as integer cents (DESIGN §3 rule 7). Both directions work on the digits, never on floats.

const DECIMAL = /^(-)?(\d*)(?:\.(\d*))?$/;

/** Cents of an X12 decimal amount; undefined when the text is not an amount or has sub-cent digits. */
export function parseCents(text: string): number | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, minus, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return undefined;
  if (/[1-9]/.test(fraction.slice(2))) return undefined;
  const cents = Number(whole || '0') * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return undefined;
  return minus && cents !== 0 ? -cents : cents;
}

/** X12 decimal text for cents, without trailing zeros: 64000 → `640`, 12050 → `120.5`. */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount ${cents} is not a whole number of cents`);
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${cents < 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
