// Checks parsed X12 against a compiled pyx12 map (x12-map.ts). The walk keeps a stack of open loop
// instances, each with a cursor on its children (sorted by TR3 position): a segment is looked up
// from the cursor on in the innermost loop, then outward; a loop is entered when its first segment
// (told apart from same-id segments by its qualifier code) comes. What the cursor passes over, or
// leaves behind when a loop closes, that is required and was not seen, is reported missing.
import { envelopeProblems } from './envelope.ts';
import { measuredLength, syntaxProblem, typeProblem } from './element-rules.ts';
import { componentsAt, valueAt, type Element, type Segment } from './segments.ts';
import type { CompositeRule, ElementRule, LoopRule, SegmentRule, X12Map } from './x12-map.ts';

export type MapIssueCode =
  | 'segment.unexpected'
  | 'segment.missing'
  | 'segment.too_many'
  | 'segment.trailing_separator'
  | 'segment.too_many_elements'
  | 'segment.syntax'
  | 'loop.missing'
  | 'loop.too_many'
  | 'element.missing'
  | 'element.not_used'
  | 'element.too_short'
  | 'element.too_long'
  | 'element.bad_type'
  | 'element.bad_code'
  | 'element.bad_format'
  | 'element.unexpected_components'
  | 'element.too_many_components'
  | 'envelope.count'
  | 'envelope.control_number'
  | 'envelope.unmatched';

export interface MapIssue {
  /** Position in the segments checked; for something missing, the segment where it was found missing. */
  segmentIndex: number;
  segmentId: string;
  loop: string;
  element?: string;
  code: MapIssueCode;
  message: string;
}

interface Frame {
  loop: LoopRule;
  /** Index of the first child sharing the cursor's position; -1 before anything matched. */
  from: number;
  counts: number[];
  /** A loop's own first segment starts a new instance (found from the parent), never a repeat inside. */
  skipFirst: boolean;
}

/**
 * Checks an interchange (from ISA), a functional group (from GS) or a bare transaction set (from
 * ST) against the map. Expected findings are values (DESIGN §3 rule 6); an empty list means clean.
 */
export function checkX12(map: X12Map, segments: readonly Segment[]): MapIssue[] {
  return new Walk(map, segments).run();
}

class Walk {
  private readonly issues: MapIssue[] = [];
  /** The segment whose elements are being checked, and its loop. */
  private checking = { segmentId: '', loop: '' };
  private readonly report: Report = (code, message, element) =>
    this.issue(this.checking.segmentId, this.checking.loop, code, message, element);
  private readonly loopAt: string[] = [];
  private frames: Frame[] = [];
  private index = 0;

  constructor(
    private readonly map: X12Map,
    private readonly segments: readonly Segment[],
  ) {}

  run(): MapIssue[] {
    const first = this.segments[0];
    const start = first && startLoop(this.map.loops, first);
    if (!start) {
      this.segments.forEach((seg, index) => {
        this.index = index;
        this.unexpected(seg);
      });
      return this.issues;
    }
    // A frame above the starting loop, where its repeats are counted and its absence would show.
    const root: LoopRule = { ...start, children: [start], repeat: 1 };
    this.frames = [{ loop: root, from: -1, counts: [0], skipFirst: false }];
    this.segments.forEach((seg, index) => {
      this.index = index;
      const rule = this.locate(seg);
      this.loopAt[index] = this.currentLoop();
      if (rule) this.checkSegment(rule, seg);
      else this.unexpected(seg);
    });
    this.index = Math.max(this.segments.length - 1, 0);
    while (this.frames.length > 0) this.close(this.frames.pop() as Frame);
    for (const problem of envelopeProblems(this.segments)) {
      this.issues.push({ ...problem, loop: this.loopAt[problem.segmentIndex] ?? '' });
    }
    return this.issues.sort((a, b) => a.segmentIndex - b.segmentIndex);
  }

  private currentLoop() {
    return this.frames[this.frames.length - 1]?.loop.id ?? '';
  }

  /** Finds the segment's rule, strictly (id and qualifier) first, then by id alone; moves the walk there. */
  private locate(seg: Segment): SegmentRule | undefined {
    for (const strict of STRICT_THEN_LOOSE) {
      for (let depth = this.frames.length - 1; depth >= 0; depth--) {
        const frame = this.frames[depth] as Frame;
        const child = findChild(frame, seg, strict);
        if (child >= 0) return this.moveTo(depth, child);
      }
    }
    return undefined;
  }

  private moveTo(depth: number, index: number): SegmentRule {
    while (this.frames.length > depth + 1) this.close(this.frames.pop() as Frame);
    const frame = this.frames[depth] as Frame;
    const children = frame.loop.children;
    const group = groupStart(children, index);
    if (group !== frame.from) this.reportMissing(frame, Math.max(frame.from, 0), group);
    frame.from = group;
    const count = (frame.counts[index] = (frame.counts[index] ?? 0) + 1);
    const child = children[index] as SegmentRule | LoopRule;
    this.checkUse(child, count, frame.loop.id);
    if (child.kind === 'segment') return child;
    let loop = child;
    for (;;) {
      const counts = loop.children.map(() => 0);
      counts[0] = 1;
      const first = loop.children[0] as SegmentRule | LoopRule;
      this.frames.push({ loop, from: 0, counts, skipFirst: first.kind === 'segment' });
      if (first.kind === 'segment') return first;
      loop = first;
    }
  }

  private checkUse(rule: SegmentRule | LoopRule, count: number, parent: string) {
    const limit = rule.kind === 'loop' ? rule.repeat : rule.maxUse;
    if (count !== limit + 1) return;
    if (rule.kind === 'loop') {
      this.issue(
        rule.entry.id,
        rule.id,
        'loop.too_many',
        `loop ${rule.id} (${rule.name}) may repeat at most ${limit} times`,
      );
    } else {
      this.issue(rule.id, parent, 'segment.too_many', `${label(rule)} may occur at most ${limit} time(s)`);
    }
  }

  private close(frame: Frame) {
    this.reportMissing(frame, Math.max(frame.from, 0), frame.loop.children.length);
  }

  private reportMissing(frame: Frame, from: number, to: number) {
    for (let i = from; i < to; i++) {
      const child = frame.loop.children[i] as SegmentRule | LoopRule;
      if (child.usage !== 'R' || (frame.counts[i] ?? 0) > 0) continue;
      if (child.kind === 'loop') {
        this.issue(
          child.entry.id,
          frame.loop.id,
          'loop.missing',
          `required loop ${child.id} (${child.name}) is missing`,
        );
      } else {
        this.issue(
          child.id,
          frame.loop.id,
          'segment.missing',
          `required ${label(child)} is missing from loop ${frame.loop.id}`,
        );
      }
    }
  }

  private unexpected(seg: Segment) {
    const loop = this.currentLoop();
    this.issue(
      seg.id,
      loop,
      'segment.unexpected',
      `${seg.id} is out of order or not part of this transaction (in loop ${loop})`,
    );
  }

  // Runs for every segment of a file (about 100,000 in a month-end batch): the reporter is made once
  // per walk and reads the segment being checked, and simple elements are read without copying.
  private checkSegment(rule: SegmentRule, seg: Segment) {
    this.checking = { segmentId: seg.id, loop: this.currentLoop() };
    const report = this.report;
    const { elements } = seg;
    if (elements.length > 0 && !hasValue(elements[elements.length - 1])) {
      report('segment.trailing_separator', `${seg.id} ends with empty elements`);
    }
    if (elements.length > rule.fields.length) {
      report(
        'segment.too_many_elements',
        `${seg.id} has ${elements.length} elements; the map allows ${rule.fields.length}`,
      );
    }
    rule.fields.forEach((field, i) => {
      const element = elements[i];
      if (field.kind === 'composite') this.checkComposite(field, componentsAt(seg, i + 1), report);
      else if (typeof element === 'string') checkElement(field, element, report);
      else if (element !== undefined && element.length > 1)
        report('element.unexpected_components', `${field.ref} is not a composite`, field.ref);
      else checkElement(field, element?.[0] ?? '', report);
    });
    for (const syntax of rule.syntax) {
      const problem = syntaxProblem(syntax, (position) => hasValue(elements[position - 1]));
      if (problem) report('segment.syntax', `${seg.id} syntax ${syntax.text}: ${problem}`);
    }
  }

  private checkComposite(rule: CompositeRule, components: readonly string[], report: Report) {
    const present = components.some((c) => c !== '');
    if (!present) {
      if (rule.usage === 'R') report('element.missing', `required ${rule.ref} (${rule.name}) is missing`, rule.ref);
      return;
    }
    if (rule.usage === 'N') report('element.not_used', `${rule.ref} (${rule.name}) is not used`, rule.ref);
    if (components.length > rule.components.length) {
      report(
        'element.too_many_components',
        `${rule.ref} has ${components.length} components; the map allows ${rule.components.length}`,
        rule.ref,
      );
    }
    if (components[components.length - 1] === '') {
      report('segment.trailing_separator', `${rule.ref} ends with empty components`, rule.ref);
    }
    rule.components.forEach((component, c) => checkElement(component, components[c] ?? '', report));
  }

  private issue(segmentId: string, loop: string, code: MapIssueCode, message: string, element?: string) {
    this.issues.push({ segmentIndex: this.index, segmentId, loop, code, message, ...(element ? { element } : {}) });
  }
}

type Report = (code: MapIssueCode, message: string, element?: string) => void;

function checkElement(rule: ElementRule, value: string, report: Report) {
  const { ref } = rule;
  if (value === '') {
    if (rule.usage === 'R') report('element.missing', `required ${ref} (${rule.name}) is missing`, ref);
    return;
  }
  if (rule.usage === 'N') report('element.not_used', `${ref} (${rule.name}) is not used`, ref);
  const typeIssue = typeProblem(rule.type, value);
  if (typeIssue) report('element.bad_type', `${ref} "${value}" ${typeIssue}`, ref);
  const length = measuredLength(rule.type, value);
  if (length < rule.min) report('element.too_short', `${ref} "${value}" is shorter than ${rule.min}`, ref);
  if (length > rule.max) report('element.too_long', `${ref} "${value}" is longer than ${rule.max}`, ref);
  if (rule.codes && !rule.codes.has(value))
    report('element.bad_code', `${ref} "${value}" is not a valid code here`, ref);
  if (rule.pattern && !rule.pattern.test(value))
    report('element.bad_format', `${ref} "${value}" does not have the required format`, ref);
}

/** The envelope loop (ISA, GS or ST) that the first segment opens. */
function startLoop(loops: LoopRule[], seg: Segment): LoopRule | undefined {
  for (const loop of loops) {
    if (loop.entry.id === seg.id) return loop;
    const inner = startLoop(
      loop.children.filter((child): child is LoopRule => child.kind === 'loop'),
      seg,
    );
    if (inner) return inner;
  }
  return undefined;
}

const STRICT_THEN_LOOSE = [true, false] as const;

/** An element or composite with at least one non-empty value. */
function hasValue(element: Element | undefined): boolean {
  if (element === undefined) return false;
  return typeof element === 'string' ? element !== '' : element.some((c) => c !== '');
}

function findChild(frame: Frame, seg: Segment, strict: boolean): number {
  const children = frame.loop.children;
  for (let i = Math.max(frame.from, frame.skipFirst ? 1 : 0); i < children.length; i++) {
    const child = children[i] as SegmentRule | LoopRule;
    const rule = child.kind === 'segment' ? child : child.entry;
    if (rule.id === seg.id && (!strict || qualifies(rule, seg))) return i;
  }
  return -1;
}

function qualifies(rule: SegmentRule, seg: Segment): boolean {
  const qualifier = rule.qualifier;
  return !qualifier || qualifier.codes.has(valueAt(seg, qualifier.position, qualifier.component ?? 1));
}

function groupStart(children: (SegmentRule | LoopRule)[], index: number): number {
  const pos = children[index]?.pos;
  let start = index;
  while (start > 0 && children[start - 1]?.pos === pos) start--;
  return start;
}

function label(rule: SegmentRule): string {
  const codes = rule.qualifier && rule.qualifier.position === 1 ? [...rule.qualifier.codes] : [];
  return `${rule.id}${codes.length > 0 && codes.length <= 3 ? `*${codes.join('/')}` : ''} (${rule.name})`;
}
