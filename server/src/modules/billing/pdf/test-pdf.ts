// Test access to what a rendered form shows: pdf-lib loads the file back, and the text each page
// draws is read from its content streams with its position, so a test can ask what is printed
// inside a given box. It reads what pdf-lib writes for drawText (a `Tm` then one `Tj` of
// WinAnsi hex), nothing more general.
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { PAGE, type Rect } from './layout.ts';

export interface TextRun {
  /** Start of the baseline, in the layout's coordinates (points from the top-left). */
  x: number;
  y: number;
  size: number;
  text: string;
  /** Drawn in the form's red ink (captions) rather than black (claim data). */
  ink: boolean;
}

export interface ReadForm {
  doc: PDFDocument;
  pages: TextRun[][];
}

// WinAnsi is Latin-1 but for 0x80–0x9F (Node's TextDecoder reads windows-1252 as plain Latin-1).
const WIN_ANSI_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const winAnsi = (bytes: Buffer) =>
  Array.from(bytes, (byte) =>
    byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_80_9F[byte - 0x80] : String.fromCharCode(byte),
  ).join('');
const SHOW_TEXT =
  /([\d.]+) ([\d.]+) ([\d.]+) rg\s+\/\S+ ([\d.]+) Tf\s+[\d.]+ TL\s+1 0 0 1 ([-\d.]+) ([-\d.]+) Tm\s+<([0-9A-F]*)> Tj/g;

function pageText(doc: PDFDocument, index: number): TextRun[] {
  const contents = doc.getPage(index).node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const runs: TextRun[] = [];
  for (const ref of refs) {
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const operators = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    for (const match of operators.matchAll(SHOW_TEXT)) {
      const [, red = '0', , , size = '0', x = '0', y = '0', hex = ''] = match;
      runs.push({
        x: Number(x),
        y: PAGE.height - Number(y),
        size: Number(size),
        text: winAnsi(Buffer.from(hex, 'hex')),
        ink: Number(red) > 0,
      });
    }
  }
  return runs;
}

export async function readForm(bytes: Uint8Array): Promise<ReadForm> {
  // updateMetadata false: loading must not stamp its own dates over the ones under test.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return { doc, pages: doc.getPages().map((_, index) => pageText(doc, index)) };
}

const inside = (run: TextRun, rect: Rect) =>
  run.x >= rect.x && run.x < rect.x + rect.w && run.y > rect.y && run.y <= rect.y + rect.h;

/** The claim data (not form captions) whose baseline starts inside the rect, left to right. */
export function dataIn(runs: readonly TextRun[], rect: Rect): string[] {
  return runs
    .filter((run) => !run.ink && inside(run, rect))
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((run) => run.text);
}

/** Everything drawn on the page, captions included, as one string. */
export const allText = (runs: readonly TextRun[]) => runs.map((run) => run.text).join('\n');

/** Captions of the checkboxes crossed inside the rect: each X with the caption just to its right. */
export function checkedIn(runs: readonly TextRun[], rect: Rect): string[] {
  return runs
    .filter((mark) => !mark.ink && mark.text === 'X' && inside(mark, rect))
    .map((mark) => {
      const captions = runs.filter((run) => run.ink && Math.abs(run.y - mark.y) < 1.5 && run.x > mark.x);
      return captions.sort((a, b) => a.x - b.x)[0]?.text ?? '';
    });
}
