// Element-level rules of X12.6 as the pyx12 maps use them: data types and how lengths are counted
// (dataele.xml data_type / min_len / max_len), and segment syntax notes (map `<syntax>` P/R/E/C/L).

/** `AN` string, `ID` code, `DT` date, `TM` time, `R` decimal, `Nn` integer with n implied decimals, `B` binary. */
export type DataType = string;

const NUMERIC = /^-?\d+$/;
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** X12.6: a minus sign and a decimal point do not count toward a numeric element's length. */
export function measuredLength(type: DataType, value: string): number {
  if (type === 'R' || type.startsWith('N')) return value.replace(/[-.]/g, '').length;
  return value.length;
}

/** Why a value is not of the data type, or undefined when it is. */
export function typeProblem(type: DataType, value: string): string | undefined {
  if (type.startsWith('N')) return NUMERIC.test(value) ? undefined : 'is not a whole number';
  switch (type) {
    case 'R':
      return DECIMAL.test(value) ? undefined : 'is not a decimal number';
    case 'DT':
      return isDate(value) ? undefined : 'is not a date (CCYYMMDD or YYMMDD)';
    case 'TM':
      return isTime(value) ? undefined : 'is not a time (HHMM[SS[d..]])';
    case 'B':
      return undefined;
    default:
      return hasControlCharacter(value) ? 'holds a control character' : undefined;
  }
}

/** Control characters are outside the X12 basic and extended character sets. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function isDate(value: string): boolean {
  const match = /^(\d{2})?(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(`${match[1] ?? '20'}${match[2]}`);
  const month = Number(match[3]);
  const day = Number(match[4]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isTime(value: string): boolean {
  const match = /^(\d{2})(\d{2})(?:(\d{2})\d{0,2})?$/.exec(value);
  if (!match) return false;
  return Number(match[1]) < 24 && Number(match[2]) < 60 && Number(match[3] ?? 0) < 60;
}

export type SyntaxKind = 'P' | 'R' | 'E' | 'C' | 'L';

export interface SyntaxRule {
  kind: SyntaxKind;
  /** 1-based element positions, e.g. `C0809` → [8, 9]. */
  positions: number[];
  text: string;
}

export function parseSyntax(text: string): SyntaxRule {
  const match = /^([PRECL])((?:\d{2}){2,})$/.exec(text);
  if (!match) throw new Error(`unknown X12 syntax note "${text}"`);
  const positions = (match[2] ?? '').match(/\d{2}/g)?.map(Number) ?? [];
  return { kind: match[1] as SyntaxKind, positions, text };
}

const refs = (positions: number[]) => positions.map((p) => String(p).padStart(2, '0')).join(', ');

/** Why the present elements break the syntax note, or undefined when they keep it. */
export function syntaxProblem(rule: SyntaxRule, present: (position: number) => boolean): string | undefined {
  const [first = 0, ...rest] = rule.positions;
  const count = rule.positions.filter(present).length;
  switch (rule.kind) {
    case 'P': // paired: all or none
      return count === 0 || count === rule.positions.length ? undefined : `${refs(rule.positions)}: all or none`;
    case 'R': // required: at least one
      return count > 0 ? undefined : `${refs(rule.positions)}: at least one is required`;
    case 'E': // exclusion: at most one
      return count <= 1 ? undefined : `${refs(rule.positions)}: at most one may be present`;
    case 'C': // conditional: the first brings all the others
      return !present(first) || rest.every(present) ? undefined : `${refs([first])} requires ${refs(rest)}`;
    case 'L': // list conditional: the first brings at least one of the others
      return !present(first) || rest.some(present) ? undefined : `${refs([first])} requires one of ${refs(rest)}`;
  }
}
