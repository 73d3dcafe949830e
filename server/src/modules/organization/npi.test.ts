import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNpi } from './npi.ts';

describe('isValidNpi', () => {
  it('accepts the worked example of the CMS check-digit paper', () => {
    // CMS: prefix 80840 + 123456789 gives Luhn check digit 3.
    expect(isValidNpi('1234567893')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('1234567894')).toBe(false);
  });

  it('rejects anything but ten digits', () => {
    for (const bad of ['', '123456789', '12345678931', '123456789X', ' 1234567893', '12345-7893']) {
      expect(isValidNpi(bad)).toBe(false);
    }
  });

  it('accepts exactly one check digit for any nine-digit stem', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (stem) => {
        const valid = [...'0123456789'].filter((d) => isValidNpi(stem + d));
        expect(valid).toHaveLength(1);
      }),
    );
  });

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (stem, at, shift) => {
          const npi = [...'0123456789'].map((d) => stem + d).find(isValidNpi)!;
          const typo = npi.slice(0, at) + ((Number(npi[at]) + shift) % 10) + npi.slice(at + 1);
          expect(isValidNpi(typo)).toBe(false);
        },
      ),
    );
  });
});
