import { describe, expect, it } from 'vitest';
import { referenceMap } from './test-fixtures.ts';
import type { ElementRule, LoopRule, SegmentRule, X12Map } from './x12-map.ts';

function findLoop(loops: LoopRule[], id: string): LoopRule | undefined {
  for (const loop of loops) {
    if (loop.id === id) return loop;
    const inner = findLoop(
      loop.children.filter((child): child is LoopRule => child.kind === 'loop'),
      id,
    );
    if (inner) return inner;
  }
  return undefined;
}

const loopOf = (map: X12Map, id: string) => findLoop(map.loops, id) as LoopRule;
const segmentsOf = (loop: LoopRule, id: string) =>
  loop.children.filter((child): child is SegmentRule => child.kind === 'segment' && child.id === id);
const field = (seg: SegmentRule | undefined, position: number) => seg?.fields[position - 1] as ElementRule;

describe('compiled maps', () => {
  it('reads the ISA of every transaction map from the envelope map', () => {
    // The 837P map's own ISA11 still lists the 4010 code `U`; in 00501 ISA11 is the repetition separator.
    const isa = segmentsOf(loopOf(referenceMap('837P'), 'ISA_LOOP'), 'ISA')[0];
    expect(field(isa, 11)).toMatchObject({ ref: 'ISA11', type: 'AN', min: 1, max: 1, codes: undefined });
    expect(field(isa, 13)).toMatchObject({ ref: 'ISA13', type: 'N0', min: 9, max: 9 });
  });

  it('keeps the qualifier codes that tell same-id segments apart', () => {
    const claim = loopOf(referenceMap('837I'), '2300');
    const his = segmentsOf(claim, 'HI');
    expect([...(his[0]?.qualifier?.codes ?? [])]).toEqual(['ABK', 'BK']);
    expect(his[0]?.qualifier).toMatchObject({ position: 1, component: 1 });
    expect(his.find((hi) => hi.qualifier?.codes.has('BG'))?.maxUse).toBe(2);
    const subscriber = loopOf(referenceMap('837I'), '2000B');
    expect(subscriber.entry.qualifier).toMatchObject({ position: 3, codes: new Set(['22']) });
  });

  it('orders children by position, drops empty loops and opens wrapper loops at their first segment', () => {
    const map = referenceMap('837P');
    expect(findLoop(map.loops, 'FOOTER')).toBeUndefined();
    expect(loopOf(map, 'DETAIL').entry.id).toBe('HL');
    const positions = loopOf(referenceMap('837I'), '2000B').children.map((child) => child.pos);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('resolves data element types and external code sets', () => {
    const payer = loopOf(referenceMap('835'), '1000A');
    const n4 = segmentsOf(payer, 'N4')[0];
    expect(field(n4, 2).codes?.has('IL')).toBe(true);
    expect(field(n4, 2).codes?.has('XX')).toBe(false);
    const bpr = segmentsOf(loopOf(referenceMap('835'), 'HEADER'), 'BPR')[0];
    expect(field(bpr, 2)).toMatchObject({ type: 'R', min: 1, max: 18 });
    expect(bpr?.syntax.map((rule) => rule.text)).toContain('P0607');
    expect(loopOf(referenceMap('835'), '2110')).toMatchObject({ repeat: 999 });
    expect(loopOf(referenceMap('835'), '2100')).toMatchObject({ repeat: Number.POSITIVE_INFINITY });
  });
});
