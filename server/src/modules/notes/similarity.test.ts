import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { individualization, jaccard, shingles } from './similarity.ts';

const entry = (patientId: string, text: string, ownNames: string[] = []) => ({ patientId, text, ownNames });

describe('shingles and jaccard', () => {
  it('ignores case and punctuation', () => {
    expect(jaccard(shingles('Shared a coping plan, today.'), shingles('shared a COPING plan today'))).toBe(1);
  });

  it('counts overlapping word triples', () => {
    // a b c d → {abc, bcd}; a b c x → {abc, bcx}: one shared of three
    expect(jaccard(shingles('a b c d'), shingles('a b c x'))).toBeCloseTo(1 / 3);
  });

  it('treats a short text as one shingle and empty texts as unrelated', () => {
    expect([...shingles('Engaged well')]).toEqual(['engaged well']);
    expect(jaccard(shingles(''), shingles(''))).toBe(0);
  });

  it('neutralises the member’s own names, so swapping names does not hide a copy', () => {
    const ann = shingles('Ann practised box breathing and named two triggers at work', ['Ann', 'Lee']);
    const ben = shingles('Ben practised box breathing and named two triggers at work', ['Ben', 'Ortiz']);
    expect(jaccard(ann, ben)).toBe(1);
  });

  it('is symmetric and between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ab = jaccard(shingles(a), shingles(b));
        expect(ab).toBe(jaccard(shingles(b), shingles(a)));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('finds any non-empty text identical to itself', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('calm', 'plan', 'group', 'sleep', 'urge'), { minLength: 1 }), (w) => {
        const text = w.join(' ');
        expect(jaccard(shingles(text), shingles(text))).toBe(1);
      }),
    );
  });
});

describe('individualization', () => {
  const distinct = [
    entry('a', 'Described panic on the bus and rehearsed paced breathing; will log two rides this week.'),
    entry('b', 'Quiet until the role-play, then asserted a boundary with her sister; plan to call her Sunday.'),
    entry('c', 'Reported four sober days, identified payday as a trigger, agreed to bring a budget sheet.'),
  ];

  it('scores distinct entries high and finds nothing', () => {
    const result = individualization(distinct, new Map(), 0.5);
    expect(result.findings).toEqual([]);
    expect(result.score).toBeGreaterThan(80);
    expect(result.entries.map((e) => e.patientId)).toEqual(['a', 'b', 'c']);
  });

  it('names the pair of near-copies and scores them low', () => {
    const cloned = [...distinct, entry('d', distinct[0]!.text.replace('two rides', 'three rides'))];
    const result = individualization(cloned, new Map(), 0.5);
    expect(result.findings).toEqual([
      { kind: 'within_session', patientIds: ['a', 'd'], similarity: expect.any(Number) },
    ]);
    expect(result.findings[0]!.similarity).toBeGreaterThanOrEqual(0.5);
    expect(result.entries.find((e) => e.patientId === 'd')!.score).toBeLessThanOrEqual(50);
    expect(result.entries.find((e) => e.patientId === 'b')!.score).toBeGreaterThan(80);
  });

  it('compares a member with their own previous entries', () => {
    const previous = new Map([['b', [{ noteId: 'n1', text: distinct[1]!.text }]]]);
    const result = individualization(distinct, previous, 0.5);
    expect(result.findings).toEqual([{ kind: 'previous', patientIds: ['b'], previousNoteId: 'n1', similarity: 1 }]);
    expect(result.score).toBe(0);
  });

  it('respects the threshold', () => {
    const pair = [entry('a', 'a b c d e f'), entry('b', 'a b c d e x')];
    // shingles: abc bcd cde def | abc bcd cde dex → 3 of 5
    expect(individualization(pair, new Map(), 0.6).findings).toHaveLength(1);
    expect(individualization(pair, new Map(), 0.61).findings).toHaveLength(0);
  });

  it('scores an empty note 100', () => {
    expect(individualization([], new Map(), 0.5).score).toBe(100);
  });
});
