// Geometry of a drawn claim form: boxes ("locators") measured in points from the page's top-left
// corner, laid out in rows and columns the way the printed forms are. Both forms are US Letter.

export const PAGE = { width: 612, height: 792, margin: 18 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Locator<I extends string = string> extends Rect {
  id: I;
  /** The number printed in the box's corner (the form locator or item number); may be empty. */
  tag: string;
  label: string;
}

/** `[id, label, width or height, tag]`; the tag defaults to the id. */
export type Cell<I extends string> = readonly [id: I, label: string, size: number, tag?: string];

/** Boxes side by side from (x, y), all `h` high. */
export function row<const I extends string>(x: number, y: number, h: number, cells: readonly Cell<I>[]): Locator<I>[] {
  let left = x;
  return cells.map(([id, label, w, tag]) => {
    const box = { id, tag: tag ?? id, label, x: left, y, w, h };
    left += w;
    return box;
  });
}

/** Boxes stacked from (x, y), all `w` wide. */
export function column<const I extends string>(
  x: number,
  y: number,
  w: number,
  cells: readonly Cell<I>[],
): Locator<I>[] {
  let top = y;
  return cells.map(([id, label, h, tag]) => {
    const box = { id, tag: tag ?? id, label, x, y: top, w, h };
    top += h;
    return box;
  });
}

/** The boxes of a form by id; ids are checked against the layout at compile time. */
export function byId<I extends string>(boxes: readonly Locator<I>[]): Record<I, Locator<I>> {
  const seen = new Set<string>();
  for (const box of boxes) {
    if (seen.has(box.id)) throw new Error(`form layout repeats box ${box.id}`);
    seen.add(box.id);
  }
  return Object.fromEntries(boxes.map((box) => [box.id, box])) as Record<I, Locator<I>>;
}

/** The part of a box between its left and right edges at fractions `from`–`to` of its width. */
export const slice = (box: Rect, from: number, to: number): Rect => ({
  x: box.x + box.w * from,
  y: box.y,
  w: box.w * (to - from),
  h: box.h,
});
