import { describe, expect, it } from 'vitest';
import { placeProviders } from './providers.ts';

describe('placeProviders', () => {
  it('names the provider every line shares on the claim and nothing on the lines', () => {
    expect(placeProviders(['a', 'a', 'a'])).toEqual({ claim: 'a', lines: [null, null, null] });
  });
  it('names the most frequent on the claim, the first seen on a tie, and the others on their lines', () => {
    expect(placeProviders(['b', 'a', 'a', 'c'])).toEqual({ claim: 'a', lines: ['b', null, null, 'c'] });
    expect(placeProviders(['b', 'a', 'a', 'b'])).toEqual({ claim: 'b', lines: [null, 'a', 'a', null] });
  });
  it('writes nothing on the claim for the implied provider, and still names the others on their lines', () => {
    expect(placeProviders(['att', 'att', 'x'], 'att')).toEqual({ claim: null, lines: [null, null, 'x'] });
    expect(placeProviders(['x', 'x', 'att'], 'att')).toEqual({ claim: 'x', lines: [null, null, 'att'] });
  });
  it('names providers only line by line when some line has none (no line can undo a claim-level one)', () => {
    expect(placeProviders(['a', null, 'a'])).toEqual({ claim: null, lines: ['a', null, 'a'] });
    expect(placeProviders([null, null])).toEqual({ claim: null, lines: [null, null] });
  });
});
