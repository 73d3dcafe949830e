import { describe, expect, it } from 'vitest';
import { foldName, isPossibleDuplicate } from './duplicates.ts';

const ana = { name: { given: 'Ana', family: 'Ruiz' }, birthDate: '1980-03-14' };
const person = (given: string, family: string, birthDate = ana.birthDate) => ({ name: { given, family }, birthDate });

describe('isPossibleDuplicate', () => {
  it('flags the same family name on the same birth date, whatever the case', () => {
    expect(isPossibleDuplicate(ana, person('Maria', 'RUIZ'))).toBe(true);
  });

  it('flags the same given name with the same family initial', () => {
    expect(isPossibleDuplicate(ana, person('ana', 'Rodriguez'))).toBe(true);
  });

  it('does not flag a different given name and a different family name', () => {
    expect(isPossibleDuplicate(ana, person('Maria', 'Rodriguez'))).toBe(false);
    expect(isPossibleDuplicate(ana, person('Ana', 'Lopez'))).toBe(false);
  });

  it('never flags a different birth date', () => {
    expect(isPossibleDuplicate(ana, person('Ana', 'Ruiz', '1980-03-15'))).toBe(false);
  });

  it('ignores accents and punctuation', () => {
    expect(isPossibleDuplicate(person('José', "O'Brien"), person('Jose', 'OBRIEN'))).toBe(true);
    expect(foldName('Núñez-Ávila')).toBe('nunezavila');
  });
});
