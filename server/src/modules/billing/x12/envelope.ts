// Envelope consistency of parsed X12 (shared/reference/iop-php-domain.md §2.1): SE01 counts ST
// through SE inclusive, GE01 the transaction sets of its group, IEA01 the groups of its interchange;
// ST02 = SE02, GS06 = GE02, ISA13 = IEA02.
import { valueAt, type Segment } from './segments.ts';

export interface EnvelopeProblem {
  segmentIndex: number;
  segmentId: string;
  element?: string;
  code: 'envelope.count' | 'envelope.control_number' | 'envelope.unmatched';
  message: string;
}

interface Open {
  index: number;
  seg: Segment;
  children: number;
}

const OPENER: Record<string, string> = { SE: 'ST', GE: 'GS', IEA: 'ISA' };
const CLOSER: Record<string, string> = { ST: 'SE', GS: 'GE', ISA: 'IEA' };
// Position of the control number in the opener and of the count/control number in the closer.
const CONTROL: Record<string, number> = { ST: 2, GS: 6, ISA: 13 };

export function envelopeProblems(segments: readonly Segment[]): EnvelopeProblem[] {
  const problems: EnvelopeProblem[] = [];
  const open = new Map<string, Open>();
  segments.forEach((seg, index) => {
    const closes = OPENER[seg.id];
    if (seg.id in CLOSER) {
      const previous = open.get(seg.id);
      if (previous) problems.push(unclosed(previous));
      open.set(seg.id, { index, seg, children: 0 });
      const parent = seg.id === 'ST' ? open.get('GS') : seg.id === 'GS' ? open.get('ISA') : undefined;
      if (parent) parent.children++;
    } else if (closes) {
      const opener = open.get(closes);
      if (!opener) {
        problems.push({
          segmentIndex: index,
          segmentId: seg.id,
          code: 'envelope.unmatched',
          message: `${seg.id} without ${closes}`,
        });
        return;
      }
      open.delete(closes);
      // SE01 counts segments; GE01 and IEA01 count the sets and groups opened inside.
      const expected = closes === 'ST' ? index - opener.index + 1 : opener.children;
      const counted = valueAt(seg, 1);
      if (counted !== String(expected)) {
        problems.push({
          segmentIndex: index,
          segmentId: seg.id,
          element: `${seg.id}01`,
          code: 'envelope.count',
          message: `${seg.id}01 is ${counted || 'empty'} but the ${closes === 'ST' ? 'segment' : closes === 'GS' ? 'transaction set' : 'group'} count is ${expected}`,
        });
      }
      const control = valueAt(opener.seg, CONTROL[closes] ?? 0);
      if (valueAt(seg, 2) !== control) {
        problems.push({
          segmentIndex: index,
          segmentId: seg.id,
          element: `${seg.id}02`,
          code: 'envelope.control_number',
          message: `${seg.id}02 "${valueAt(seg, 2)}" does not match ${closes}${String(CONTROL[closes]).padStart(2, '0')} "${control}"`,
        });
      }
    }
  });
  for (const still of open.values()) problems.push(unclosed(still));
  return problems.sort((a, b) => a.segmentIndex - b.segmentIndex);
}

function unclosed(opener: Open): EnvelopeProblem {
  return {
    segmentIndex: opener.index,
    segmentId: opener.seg.id,
    code: 'envelope.unmatched',
    message: `${opener.seg.id} is never closed by ${CLOSER[opener.seg.id]}`,
  };
}
