// X12 5010 segment model and interchange writer. Syntax per ASC X12.6 as encoded in the pyx12
// maps (shared/reference/x12-maps/x12.control.00501.xml, dataele.xml) and summarized in
// shared/reference/iop-php-domain.md §2.1. Callers build transaction bodies; the envelope (ISA/GS/ST,
// SE/GE/IEA), its counts and its control numbers are always computed here.

/** A simple element, or a composite's components in order (X12 composite data structure). */
export type Element = string | readonly string[];

export interface Segment {
  readonly id: string;
  readonly elements: readonly Element[];
}

export interface Separators {
  element: string;
  component: string;
  repetition: string;
  segment: string;
}

export const DEFAULT_SEPARATORS: Readonly<Separators> = { element: '*', component: ':', repetition: '^', segment: '~' };

/** `segment('NM1', '85', '2', name)`; an absent optional value (`undefined`) is written as empty. */
export function segment(id: string, ...elements: (Element | undefined)[]): Segment {
  return { id, elements: elements.map((element) => element ?? '') };
}

/** A loop annotation: names the TR3 loop its segments belong to, so builders read like the guide. */
export interface Loop {
  readonly loop: string;
  readonly parts: readonly Part[];
}

/** What a body is made of; `false`, `null` and `undefined` let builders write `cond && segment(…)`. */
export type Part = Segment | Loop | readonly Part[] | false | null | undefined;

export function loop(id: string, ...parts: Part[]): Loop {
  return { loop: id, parts };
}

/** The segments of a body in order, loop annotations and absent parts removed. */
export function flatten(...parts: Part[]): Segment[] {
  const out: Segment[] = [];
  const visit = (part: Part) => {
    if (!part) return;
    if (isPartList(part)) part.forEach(visit);
    else if ('loop' in part) part.parts.forEach(visit);
    else out.push(part);
  };
  parts.forEach(visit);
  return out;
}

const isPartList = (part: Part): part is readonly Part[] => Array.isArray(part);

/** X12 element reference: `CLM05`, or `CLM05-2` for a composite's component (both 1-based). */
export function elementRef(segmentId: string, position: number, component?: number): string {
  const base = `${segmentId}${String(position).padStart(2, '0')}`;
  return component === undefined ? base : `${base}-${component}`;
}

/** The components of an element (a simple element is one component); `[]` when absent. */
export function componentsAt(seg: Segment, position: number): readonly string[] {
  const element = seg.elements[position - 1];
  if (element === undefined) return [];
  return typeof element === 'string' ? [element] : element;
}

/** An element's value (1-based, as in `CLP01`), or a composite's component; `''` when absent. */
export function valueAt(seg: Segment, position: number, component = 1): string {
  return componentsAt(seg, position)[component - 1] ?? '';
}

export class X12WriteError extends Error {
  constructor(
    message: string,
    readonly segmentId: string,
    readonly segmentIndex: number,
    readonly element?: string,
  ) {
    super(`${segmentId} (segment ${segmentIndex})${element ? ` ${element}` : ''}: ${message}`);
    this.name = 'X12WriteError';
  }
}

export interface TransactionSet {
  /** ST01, e.g. `837` or `835`. */
  code: string;
  /** ST03 implementation convention reference, e.g. `005010X223A2` (not used on the 835). */
  implementation?: string;
  body: readonly Part[];
}

export interface FunctionalGroup {
  /** GS01: `HC` claims, `HP` remittance. */
  functionalId: string;
  /** GS02 / GS03 application sender and receiver codes. */
  sender: string;
  receiver: string;
  /** GS08, e.g. `005010X223A2`. */
  version: string;
  transactions: readonly TransactionSet[];
}

export interface Interchange {
  /** ISA05/ISA06 and ISA07/ISA08. */
  sender: { qualifier: string; id: string };
  receiver: { qualifier: string; id: string };
  /** CCYYMMDD: GS04, and ISA09 as YYMMDD. */
  date: string;
  /** HHMM: ISA10 and GS05. */
  time: string;
  /**
   * The first of `groups.length` consecutive numbers the caller reserved (from a sequence unique per
   * sender and receiver): ISA13/IEA02 is this number, and group k gets GS06/GE02 = number + k.
   */
  controlNumber: number;
  /** ISA15: production or test data. */
  usage: 'P' | 'T';
  /** ISA14: ask for a TA1 interchange acknowledgment. */
  acknowledgmentRequested?: boolean;
  /** ISA01/ISA02 and ISA03/ISA04; `00` with blanks when absent. */
  authorization?: { qualifier: string; value: string };
  security?: { qualifier: string; value: string };
  groups: readonly FunctionalGroup[];
}

export interface SerializeOptions {
  separators?: Partial<Separators>;
  /** Written after each segment terminator (e.g. `\n` for readable files); none by default. */
  lineEnding?: string;
}

// ISA fields are fixed width: min_len = max_len for I01–I16 in dataele.xml (ISA = 106 characters).
const ISA_WIDTHS = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1] as const;
export const ISA_LENGTH = 106;
// ISA12 / GS08 family: this writer speaks version 00501 only (x12.control.00501.xml ISA12 valid code).
const ISA_VERSION = '00501';
const ISA11_INDEX = 10; // ISA11 holds the repetition separator itself
const MAX_CONTROL_NUMBER = 999_999_999; // ISA13 is N0 9/9 (dataele I12); GS06 is N0 1/9 (element 28)
const ENVELOPE_IDS = new Set(['ISA', 'IEA', 'GS', 'GE', 'ST', 'SE']);

/** Writes a whole interchange; throws X12WriteError on data it cannot write faithfully. */
export function serialize(interchange: Interchange, options: SerializeOptions = {}): string {
  const separators = { ...DEFAULT_SEPARATORS, ...options.separators };
  assertSeparators(separators);
  const writer = new SegmentWriter(separators, options.lineEnding ?? '');
  const { controlNumber, groups } = interchange;
  if (groups.length === 0) throw new X12WriteError('an interchange needs at least one functional group', 'ISA', 0);
  if (!Number.isInteger(controlNumber) || controlNumber < 1 || controlNumber + groups.length - 1 > MAX_CONTROL_NUMBER) {
    throw new X12WriteError(
      `control number ${controlNumber} must be an integer from 1 to 999999999`,
      'ISA',
      0,
      'ISA13',
    );
  }
  assertDateTime(interchange.date, interchange.time);

  const isa13 = String(controlNumber).padStart(9, '0');
  writer.writeIsa(isaFields(interchange, separators, isa13));
  groups.forEach((group, g) => {
    const gs06 = String(controlNumber + g);
    if (group.transactions.length === 0) {
      throw new X12WriteError('a functional group needs at least one transaction set', 'GS', writer.count);
    }
    writer.write(
      segment(
        'GS',
        group.functionalId,
        group.sender,
        group.receiver,
        interchange.date,
        interchange.time,
        gs06,
        'X',
        group.version,
      ),
    );
    group.transactions.forEach((transaction, t) => {
      const st02 = String(t + 1).padStart(4, '0'); // ST02 is AN 4/9 (element 329)
      const body = flatten(...transaction.body);
      writer.write(segment('ST', transaction.code, st02, transaction.implementation));
      for (const seg of body) {
        if (ENVELOPE_IDS.has(seg.id)) {
          throw new X12WriteError('envelope segments are written by the serializer', seg.id, writer.count);
        }
        writer.write(seg);
      }
      // SE01 counts the segments from ST through SE inclusive.
      writer.write(segment('SE', String(body.length + 2), st02));
    });
    writer.write(segment('GE', String(group.transactions.length), gs06));
  });
  writer.write(segment('IEA', String(groups.length), isa13));
  return writer.text();
}

function isaFields(interchange: Interchange, separators: Separators, isa13: string): string[] {
  const authorization = interchange.authorization ?? { qualifier: '00', value: '' };
  const security = interchange.security ?? { qualifier: '00', value: '' };
  return [
    authorization.qualifier,
    authorization.value,
    security.qualifier,
    security.value,
    interchange.sender.qualifier,
    interchange.sender.id,
    interchange.receiver.qualifier,
    interchange.receiver.id,
    interchange.date.slice(2),
    interchange.time,
    separators.repetition, // ISA11 carries the repetition separator in 00501
    ISA_VERSION,
    isa13,
    interchange.acknowledgmentRequested ? '1' : '0',
    interchange.usage,
  ];
}

function assertDateTime(date: string, time: string) {
  if (!/^\d{8}$/.test(date)) throw new X12WriteError(`date "${date}" must be CCYYMMDD`, 'ISA', 0, 'ISA09');
  if (!/^\d{4}$/.test(time)) throw new X12WriteError(`time "${time}" must be HHMM`, 'ISA', 0, 'ISA10');
}

/** Separators must be single, distinct characters that cannot occur in ordinary data. */
export function assertSeparators(separators: Separators) {
  const chars = [separators.element, separators.component, separators.repetition, separators.segment];
  for (const char of chars) {
    if (char.length !== 1 || /[A-Za-z0-9 ]/.test(char)) {
      throw new Error(`X12 separator "${char}" must be one character other than a letter, digit or space`);
    }
  }
  if (new Set(chars).size !== chars.length) throw new Error(`X12 separators must differ: ${chars.join(' ')}`);
}

const SEPARATOR_NAMES = ['element', 'component', 'repetition', 'segment'] as const;

class SegmentWriter {
  private readonly out: string[] = [];
  private readonly forbidden: RegExp;

  constructor(
    private readonly separators: Separators,
    private readonly lineEnding: string,
  ) {
    // X12 has no escape sequence, so data holding a separator cannot be written; control characters
    // are outside the X12 character sets and would be read as line breaks by tolerant parsers.
    const escaped = SEPARATOR_NAMES.map((name) => `\\u${separators[name].charCodeAt(0).toString(16).padStart(4, '0')}`);
    this.forbidden = new RegExp(`[${escaped.join('')}\\u0000-\\u001f\\u007f]`);
  }

  get count() {
    return this.out.length;
  }

  writeIsa(fields: string[]) {
    const padded = fields.map((value, i) => {
      const width = ISA_WIDTHS[i] ?? 0;
      if (i !== ISA11_INDEX) this.assertClean(value, 'ISA', i + 1);
      if (value.length > width) {
        throw new X12WriteError(
          `"${value}" is longer than the fixed width ${width}`,
          'ISA',
          0,
          elementRef('ISA', i + 1),
        );
      }
      return value.padEnd(width, ' ');
    });
    this.out.push(['ISA', ...padded, this.separators.component].join(this.separators.element));
  }

  write(seg: Segment) {
    if (!/^[A-Z][A-Z0-9]{1,2}$/.test(seg.id)) {
      throw new X12WriteError('a segment id is 2 or 3 capital letters or digits', seg.id, this.count);
    }
    const texts = seg.elements.map((element, i) => this.elementText(seg.id, element, i + 1));
    let last = texts.length;
    while (last > 0 && texts[last - 1] === '') last--; // trailing empty elements are not written
    this.out.push([seg.id, ...texts.slice(0, last)].join(this.separators.element));
  }

  text(): string {
    const end = this.separators.segment + this.lineEnding;
    return this.out.join(end) + end;
  }

  private elementText(segmentId: string, element: Element, position: number): string {
    if (typeof element === 'string') {
      this.assertClean(element, segmentId, position);
      return element;
    }
    element.forEach((component, c) => this.assertClean(component, segmentId, position, c + 1));
    let last = element.length;
    while (last > 0 && element[last - 1] === '') last--;
    return element.slice(0, last).join(this.separators.component);
  }

  private assertClean(value: string, segmentId: string, position: number, component?: number) {
    const hit = this.forbidden.exec(value);
    if (!hit) return;
    // The element reference is made only for the error: a month-end batch writes ~400,000 values.
    const ref = elementRef(segmentId, position, component);
    const char = hit[0];
    const name = SEPARATOR_NAMES.find((n) => this.separators[n] === char);
    const what = name
      ? `the ${name} separator "${char}"`
      : `control character U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    throw new X12WriteError(`"${value}" contains ${what}, which X12 cannot carry in data`, segmentId, this.count, ref);
  }
}
