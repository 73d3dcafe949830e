// Possible duplicate registrations: warned about, never blocked (twins and common names exist).
// Names are compared after folding case, accents and punctuation, so "José O'Brien" and
// "JOSE OBRIEN" are the same person as far as this warning goes.

export interface PersonKey {
  name: { given: string; family: string };
  birthDate: string;
}

export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Same birth date, and the same family name or the same given name with the same family initial. */
export function isPossibleDuplicate(a: PersonKey, b: PersonKey): boolean {
  if (a.birthDate !== b.birthDate) return false;
  const [aFamily, bFamily] = [foldName(a.name.family), foldName(b.name.family)];
  if (aFamily === bFamily) return true;
  // A changed or misspelled family name (marriage, typo) usually keeps its first letter.
  return foldName(a.name.given) === foldName(b.name.given) && aFamily.charAt(0) === bFamily.charAt(0);
}
