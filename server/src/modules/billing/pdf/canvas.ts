// Drawing on a claim form page: framed boxes with their number and label in red "form" ink, and the
// claim's data in black inside them, shrunk (then cut with an ellipsis) to fit the box, as the
// printed forms leave no room to wrap. Coordinates are the layout's: points from the top-left.
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { PAGE, slice, type Locator, type Rect } from './layout.ts';

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

// The official forms print their grid in red dropout ink so scanners see only the data; we keep
// the convention so data and form stay apart at a glance.
const INK = rgb(0.7, 0.13, 0.13);
const DATA = rgb(0, 0, 0);
const SHADE = rgb(0.95, 0.9, 0.9);

const LABEL_SIZE = 5;
const LABEL_LEADING = 5.6;
export const VALUE_SIZE = 8;
export const VALUE_LEADING = 10;
const MIN_SIZE = 4.5;
const PAD = 2;

export interface TextOptions {
  size?: number;
  bold?: boolean;
  align?: 'left' | 'right' | 'center';
  /** Form text (captions, preprinted words) rather than claim data. */
  ink?: boolean;
}

export interface FillOptions extends TextOptions {
  line?: number;
  span?: readonly [from: number, to: number];
}

export interface Canvas {
  /** Frame a box and print its number and label along its top edge. */
  box(box: Locator): void;
  /**
   * A value on line `line` (from 0) under the box's label, across the fractions `span` of the box's
   * width (all of it by default); nothing for an empty value.
   */
  fill(box: Locator, value: string | null | undefined, options?: FillOptions): void;
  /** Text within the rect's width with its baseline `baseline` points from the page's top. */
  text(rect: Pick<Rect, 'x' | 'w'>, baseline: number, value: string, options?: TextOptions): void;
  /** A small square with a caption to its right, crossed when checked. */
  checkbox(x: number, baseline: number, caption: string, checked: boolean): void;
  rule(from: { x: number; y: number }, to: { x: number; y: number }): void;
  shade(rect: Rect): void;
  /** A line of small print in the bottom margin: which form, which claim, which page. */
  footer(text: string): void;
}

export function createCanvas(page: PDFPage, fonts: Fonts): Canvas {
  const flip = (y: number) => PAGE.height - y;
  const charsets = {
    regular: new Set(fonts.regular.getCharacterSet()),
    bold: new Set(fonts.bold.getCharacterSet()),
  };

  // Standard PDF fonts encode WinAnsi only: a character outside it is printed as its base letter
  // when it has one (ễ → e) and as `?` otherwise, so a name never makes the whole form fail.
  function printable(face: keyof Fonts, value: string): string {
    const known = charsets[face];
    const printed = (text: string) => Array.from(text).every((char) => known.has(char.codePointAt(0) ?? 0));
    return Array.from(value.replace(/\s+/g, ' '), (char) => {
      if (printed(char)) return char;
      const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
      return base !== '' && printed(base) ? base : '?';
    }).join('');
  }

  function fit(font: PDFFont, value: string, size: number, width: number): { value: string; size: number } {
    const natural = font.widthOfTextAtSize(value, size);
    if (natural <= width) return { value, size };
    const shrunk = Math.max(MIN_SIZE, (size * width) / natural);
    if (font.widthOfTextAtSize(value, shrunk) <= width) return { value, size: shrunk };
    let cut = value;
    while (cut.length > 0 && font.widthOfTextAtSize(`${cut}…`, shrunk) > width) cut = cut.slice(0, -1);
    return { value: `${cut}…`, size: shrunk };
  }

  function text(rect: Pick<Rect, 'x' | 'w'>, baseline: number, raw: string, options: TextOptions = {}) {
    const face = options.bold ? 'bold' : 'regular';
    const font = fonts[face];
    const clean = printable(face, raw).trim();
    if (clean === '') return;
    const { value, size } = fit(font, clean, options.size ?? VALUE_SIZE, rect.w - 2 * PAD);
    const width = font.widthOfTextAtSize(value, size);
    const align = options.align ?? 'left';
    const x =
      align === 'left'
        ? rect.x + PAD
        : align === 'right'
          ? rect.x + rect.w - PAD - width
          : rect.x + (rect.w - width) / 2;
    page.drawText(value, { x, y: flip(baseline), size, font, color: options.ink ? INK : DATA });
  }

  /** The label's lines, word-wrapped to the box; the bold tag opens the first line. */
  function labelLines(box: Locator): string[] {
    const width = box.w - 2 * PAD;
    const tagWidth = box.tag ? fonts.bold.widthOfTextAtSize(`${box.tag} `, LABEL_SIZE) : 0;
    const lines: string[] = [];
    let current = '';
    for (const word of box.label.split(' ').filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      const indent = lines.length === 0 ? tagWidth : 0;
      if (indent + fonts.regular.widthOfTextAtSize(candidate, LABEL_SIZE) > width && (current || indent)) {
        // A word that does not fit beside the tag starts the next line, leaving the tag alone.
        lines.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    if (current || lines.length === 0) lines.push(current);
    return lines;
  }

  const bandHeight = (box: Locator) => (box.tag || box.label ? labelLines(box).length * LABEL_LEADING + 1.5 : 0);

  return {
    box(box) {
      page.drawRectangle({
        x: box.x,
        y: flip(box.y + box.h),
        width: box.w,
        height: box.h,
        borderColor: INK,
        borderWidth: 0.6,
      });
      labelLines(box).forEach((line, index) => {
        const baseline = box.y + (index + 1) * LABEL_LEADING;
        if (index === 0 && box.tag) {
          const tagWidth = fonts.bold.widthOfTextAtSize(`${box.tag} `, LABEL_SIZE);
          text({ x: box.x, w: tagWidth + 2 * PAD }, baseline, box.tag, { size: LABEL_SIZE, bold: true, ink: true });
          text({ x: box.x + tagWidth, w: box.w - tagWidth }, baseline, line, { size: LABEL_SIZE, ink: true });
        } else {
          text(box, baseline, line, { size: LABEL_SIZE, ink: true });
        }
      });
    },
    fill(box, value, options = {}) {
      if (!value) return;
      const baseline = box.y + bandHeight(box) + ((options.line ?? 0) + 1) * VALUE_LEADING - 2;
      const [from, to] = options.span ?? [0, 1];
      text(slice(box, from, to), baseline, value, options);
    },
    text,
    checkbox(x, baseline, caption, checked) {
      const side = 5.5;
      page.drawRectangle({ x, y: flip(baseline), width: side, height: side, borderColor: INK, borderWidth: 0.5 });
      if (checked)
        text({ x: x - PAD, w: side + 2 * PAD }, baseline - 0.9, 'X', { size: 6, bold: true, align: 'center' });
      text({ x: x + side, w: fonts.regular.widthOfTextAtSize(caption, LABEL_SIZE) + 2 * PAD + 1 }, baseline, caption, {
        size: LABEL_SIZE,
        ink: true,
      });
    },
    rule(from, to) {
      page.drawLine({
        start: { x: from.x, y: flip(from.y) },
        end: { x: to.x, y: flip(to.y) },
        thickness: 0.4,
        color: INK,
      });
    },
    footer(value) {
      text({ x: PAGE.margin, w: PAGE.width - 2 * PAGE.margin }, PAGE.height - 8, value, { size: 6, ink: true });
    },
    shade(rect) {
      page.drawRectangle({ x: rect.x, y: flip(rect.y + rect.h), width: rect.w, height: rect.h, color: SHADE });
    },
  };
}
