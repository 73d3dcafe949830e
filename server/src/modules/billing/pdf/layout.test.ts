import { describe, expect, it } from 'vitest';
import { CMS1500_BOXES } from './cms1500-layout.ts';
import { PAGE, byId, row, type Locator } from './layout.ts';
import { UB04_BOXES } from './ub04-layout.ts';

const overlap = (a: Locator, b: Locator) =>
  a.x < b.x + b.w - 0.01 && b.x < a.x + a.w - 0.01 && a.y < b.y + b.h - 0.01 && b.y < a.y + a.h - 0.01;

describe.each([
  ['UB-04', UB04_BOXES],
  ['CMS-1500', CMS1500_BOXES],
])('%s layout', (_, boxes) => {
  it('keeps every box inside the page margins', () => {
    for (const box of boxes) {
      expect(box.x, box.id).toBeGreaterThanOrEqual(PAGE.margin);
      expect(box.y, box.id).toBeGreaterThanOrEqual(PAGE.margin);
      expect(box.x + box.w, box.id).toBeLessThanOrEqual(PAGE.width - PAGE.margin + 0.01);
      expect(box.y + box.h, box.id).toBeLessThanOrEqual(PAGE.height - PAGE.margin);
    }
  });
  it('never lays one box over another', () => {
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${a.id}/${b.id}`),
    );
    expect(clashes).toEqual([]);
  });
});

describe('layout helpers', () => {
  it('places cells side by side and refuses a repeated id', () => {
    const cells = row(10, 20, 30, [
      ['a', 'A', 40],
      ['b', 'B', 60, 'tag'],
    ]);
    expect(cells.map(({ id, tag, x, w }) => ({ id, tag, x, w }))).toEqual([
      { id: 'a', tag: 'a', x: 10, w: 40 },
      { id: 'b', tag: 'tag', x: 50, w: 60 },
    ]);
    expect(() => byId([...cells, ...cells])).toThrow(/repeats box a/);
  });
});
