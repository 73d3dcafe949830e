// Reads X12 text into segments. The separators come from the ISA, whose fields are fixed width
// (shared/reference/iop-php-domain.md §2.1): element separator at ISA index 3, repetition separator
// at 82 (ISA11), component separator at 104 (ISA16) and the segment terminator at 105.
import { ISA_LENGTH, assertSeparators, type Segment, type Separators } from './segments.ts';

export interface ParsedSegment extends Segment {
  readonly elements: readonly (string | string[])[];
  /** 0-based position among the file's segments. */
  readonly index: number;
  /** 0-based character offset of the segment's first character, and its 1-based line. */
  readonly offset: number;
  readonly line: number;
}

export interface ParsedX12 {
  separators: Separators;
  segments: ParsedSegment[];
}

export class X12ParseError extends Error {
  constructor(
    reason: string,
    readonly offset: number,
    readonly line: number,
  ) {
    super(`X12 line ${line}, offset ${offset}: ${reason}`);
    this.name = 'X12ParseError';
  }
}

// The ISA's field widths put its 16 element separators at these indexes.
const ISA_SEPARATOR_INDEXES = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];
const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;

/**
 * Parses an interchange. Line breaks right after a segment terminator are tolerated (most senders
 * add them); repeated elements (ISA11) are kept as written, since no 837 or 835 element repeats.
 * Elements holding the component separator become arrays of components.
 */
export function parse(text: string): ParsedX12 {
  let start = 0;
  while (start < text.length && /[\s\uFEFF]/.test(text[start] ?? '')) start++;
  const line = lineCounter(text);
  if (!text.startsWith('ISA', start)) throw new X12ParseError('an interchange starts with ISA', start, line(start));
  const isa = text.slice(start, start + ISA_LENGTH);
  const separators: Separators = {
    element: isa[3] ?? '',
    repetition: isa[82] ?? '',
    component: isa[104] ?? '',
    segment: isa[105] ?? '',
  };
  const misplaced = ISA_SEPARATOR_INDEXES.find((i) => isa[i] !== separators.element);
  if (isa.length < ISA_LENGTH || misplaced !== undefined || isa.slice(0, 105).split(separators.element).length !== 17) {
    throw new X12ParseError(
      `the ISA must be ${ISA_LENGTH} characters with fixed-width fields (element separator expected at ISA index ${misplaced ?? 105})`,
      start,
      line(start),
    );
  }
  try {
    assertSeparators(separators);
  } catch (error) {
    throw new X12ParseError((error as Error).message, start, line(start));
  }

  const segments: ParsedSegment[] = [];
  const terminator = separators.segment;
  let pos = start;
  while (pos < text.length) {
    while (pos < text.length && (text[pos] === '\r' || text[pos] === '\n') && text[pos] !== terminator) pos++;
    if (pos >= text.length) break;
    const end = text.indexOf(terminator, pos);
    if (end < 0) {
      if (text.slice(pos).trim() === '') break;
      throw new X12ParseError('segment not terminated', pos, line(pos));
    }
    const raw = text.slice(pos, end);
    const fields = raw.split(separators.element);
    const id = fields[0] ?? '';
    if (!SEGMENT_ID.test(id)) throw new X12ParseError(`"${id}" is not a segment id`, pos, line(pos));
    // ISA16 is the component separator itself, so the ISA is never split into components.
    const elements =
      id === 'ISA'
        ? fields.slice(1)
        : fields
            .slice(1)
            .map((field) => (field.includes(separators.component) ? field.split(separators.component) : field));
    segments.push({ id, elements, index: segments.length, offset: pos, line: line(pos) });
    pos = end + 1;
  }
  return { separators, segments };
}

/** 1-based line of an offset; offsets are asked in increasing order, so counting is incremental. */
function lineCounter(text: string) {
  let counted = 0;
  let lines = 1;
  return (offset: number) => {
    for (; counted < offset; counted++) if (text.charCodeAt(counted) === 10) lines++;
    return lines;
  };
}
