import { describe, expect, it } from 'vitest';
import { mentionsOfOthers, type Member } from './privacy.ts';

const members: Member[] = [
  { patientId: 'p1', givenName: 'Hope', familyName: 'Garcia', mrn: 'MRN-0001' },
  { patientId: 'p2', givenName: 'Will', familyName: 'Van Dyke', mrn: 'MRN-0002' },
  { patientId: 'p3', givenName: 'Ann', familyName: 'Lee-Park', mrn: 'MRN-0003' },
];

const names = (text: string, self: string | null = null) =>
  mentionsOfOthers(text, 'narrative', members, self).map((m) => [m.patientId, m.text]);

describe('mentionsOfOthers', () => {
  it('finds given names, family names and MRNs with their positions', () => {
    const text = 'Hope shared; Garcia agreed. mrn-0003 was quiet.';
    const found = mentionsOfOthers(text, 'entries.0.response', members, null);
    expect(found.map((f) => [f.patientId, f.text, text.slice(f.start, f.end)])).toEqual([
      ['p1', 'Hope', 'Hope'],
      ['p1', 'Garcia', 'Garcia'],
      ['p3', 'mrn-0003', 'mrn-0003'],
    ]);
    expect(found[0]!.path).toBe('entries.0.response');
  });

  it('does not flag ordinary words that are also names', () => {
    expect(names('We hope the group will continue; the van was late.')).toEqual([]);
  });

  it('finds possessives, hyphenated and two-word family names', () => {
    expect(names("Ann's plan; Lee-Park; Dyke")).toEqual([
      ['p3', 'Ann'],
      ['p3', 'Lee-Park'],
      ['p2', 'Dyke'],
    ]);
  });

  it('lets a member’s own entry use their own name', () => {
    expect(names('Hope Garcia set a goal.', 'p1')).toEqual([]);
    expect(names('Hope set a goal with Will.', 'p1')).toEqual([['p2', 'Will']]);
  });
});
