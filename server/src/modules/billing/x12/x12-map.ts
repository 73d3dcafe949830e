// Loads a pyx12 implementation map (shared/reference/x12-maps/, README there) into typed rules:
// loops with usage/position/repeat, segments with usage/position/max use and syntax notes, elements
// with usage, data type and lengths (from dataele.xml) and valid codes (inline, or an external
// code set from codes.xml). The maps are large, so each file is read and compiled once.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseSyntax, type DataType, type SyntaxRule } from './element-rules.ts';
import { elementRef } from './segments.ts';

export type Usage = 'R' | 'S' | 'N';

export interface ElementRule {
  kind: 'element';
  ref: string;
  name: string;
  usage: Usage;
  type: DataType;
  min: number;
  max: number;
  codes?: ReadonlySet<string>;
  pattern?: RegExp;
}

export interface CompositeRule {
  kind: 'composite';
  ref: string;
  name: string;
  usage: Usage;
  components: ElementRule[];
}

/** Where a segment's identifying code sits (element, 1-based; component, 1-based or none). */
export interface Qualifier {
  position: number;
  component?: number;
  codes: ReadonlySet<string>;
}

export interface SegmentRule {
  kind: 'segment';
  id: string;
  name: string;
  usage: Usage;
  pos: number;
  maxUse: number;
  fields: (ElementRule | CompositeRule)[];
  syntax: SyntaxRule[];
  qualifier?: Qualifier;
}

export interface LoopRule {
  kind: 'loop';
  id: string;
  name: string;
  usage: Usage;
  pos: number;
  repeat: number;
  /** Sorted by position (stable): the order the map allows. */
  children: (SegmentRule | LoopRule)[];
  /** The segment that opens the loop: its first child, or the first segment of its first child loop. */
  entry: SegmentRule;
}

export interface X12Map {
  id: string;
  name: string;
  loops: LoopRule[];
}

interface DataElement {
  type: DataType;
  min: number;
  max: number;
}

interface MapDictionaries {
  dataElements: ReadonlyMap<string, DataElement>;
  codeSets: ReadonlyMap<string, ReadonlySet<string>>;
}

// --- a small view over fast-xml-parser's ordered output ---------------------------------------

type XmlNode = Record<string, unknown>;

const xml = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false, // keep codes and positions such as `00` and `0100` as written
  parseAttributeValue: false,
  trimValues: true,
});

function parseXml(text: string): XmlNode[] {
  return asNodes(xml.parse(text));
}

function asNodes(value: unknown): XmlNode[] {
  return Array.isArray(value) ? value.filter((v): v is XmlNode => typeof v === 'object' && v !== null) : [];
}

const tagOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ':@') ?? '';
const childrenOf = (node: XmlNode) => asNodes(node[tagOf(node)]);
const childrenNamed = (node: XmlNode, tag: string) => childrenOf(node).filter((child) => tagOf(child) === tag);

function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'];
  if (typeof attributes !== 'object' || attributes === null) return undefined;
  const value: unknown = (attributes as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

function textOf(node: XmlNode): string {
  const text = childrenOf(node).find((child) => '#text' in child)?.['#text'];
  return typeof text === 'string' ? text : '';
}

function childText(node: XmlNode, tag: string): string | undefined {
  const child = childrenNamed(node, tag)[0];
  return child ? textOf(child) : undefined;
}

function required(node: XmlNode, tag: string): string {
  const value = childText(node, tag);
  if (value === undefined) throw new Error(`X12 map: <${tagOf(node)} xid="${attribute(node, 'xid')}"> has no <${tag}>`);
  return value;
}

function findTag(nodes: XmlNode[], tag: string): XmlNode {
  const node = nodes.find((n) => tagOf(n) === tag);
  if (!node) throw new Error(`X12 map: no <${tag}> element`);
  return node;
}

// --- dictionaries --------------------------------------------------------------------------------

/** dataele.xml (element types and lengths) and codes.xml (external code sets). */
function compileDictionaries(dataElementsXml: string, codesXml: string): MapDictionaries {
  const dataElements = new Map<string, DataElement>();
  for (const node of childrenNamed(findTag(parseXml(dataElementsXml), 'data_elements'), 'data_ele')) {
    dataElements.set(attribute(node, 'ele_num') ?? '', {
      type: attribute(node, 'data_type') ?? 'AN',
      min: Number(attribute(node, 'min_len')),
      max: Number(attribute(node, 'max_len')),
    });
  }
  const codeSets = new Map<string, ReadonlySet<string>>();
  for (const set of childrenNamed(findTag(parseXml(codesXml), 'codesets'), 'codeset')) {
    const codes = childrenNamed(set, 'version').flatMap((version) => childrenNamed(version, 'code').map(textOf));
    codeSets.set(childText(set, 'id') ?? '', new Set(codes));
  }
  return { dataElements, codeSets };
}

// --- the map -------------------------------------------------------------------------------------

const usageOf = (text: string): Usage => (text === 'R' || text === 'N' ? text : 'S');
// `>1` in the maps means unbounded.
const countOf = (text: string) => (text.startsWith('>') ? Number.POSITIVE_INFINITY : Number(text));

/**
 * Compiles a map. `isa`, when given, replaces the map's own ISA element rules: an ISA is read before
 * anything tells which transaction follows, so it is checked against the envelope map
 * (x12.control.00501.xml), as pyx12 does; the 837P map still carries a 4010 ISA11 (`U`).
 */
function compileMap(mapXml: string, dictionaries: MapDictionaries, isa?: SegmentRule): X12Map {
  const root = findTag(parseXml(mapXml), 'transaction');
  const loops = childrenNamed(root, 'loop')
    .map((node) => compileLoop(node, dictionaries, isa))
    .filter((loop): loop is LoopRule => loop !== undefined);
  return { id: attribute(root, 'xid') ?? '', name: childText(root, 'name') ?? '', loops };
}

function compileLoop(node: XmlNode, dictionaries: MapDictionaries, isa: SegmentRule | undefined): LoopRule | undefined {
  const children: (SegmentRule | LoopRule)[] = [];
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    let rule: SegmentRule | LoopRule | undefined;
    if (tag === 'loop') rule = compileLoop(child, dictionaries, isa);
    if (tag === 'segment') {
      const segment = compileSegment(child, dictionaries);
      rule = segment.id === 'ISA' && isa ? { ...segment, fields: isa.fields, syntax: isa.syntax } : segment;
    }
    // What the guide marks not used is left out, so that it is reported as unexpected.
    if (rule && rule.usage !== 'N') children.push(rule);
  }
  // A loop without segments (the 837P map's empty FOOTER) can never be entered.
  if (children.length === 0) return undefined;
  children.sort((a, b) => a.pos - b.pos);
  const first = children[0] as SegmentRule | LoopRule;
  return {
    kind: 'loop',
    id: attribute(node, 'xid') ?? '',
    name: childText(node, 'name') ?? '',
    usage: usageOf(required(node, 'usage')),
    pos: Number(required(node, 'pos')),
    repeat: countOf(required(node, 'repeat')),
    children,
    entry: first.kind === 'segment' ? first : first.entry,
  };
}

function compileSegment(node: XmlNode, dictionaries: MapDictionaries): SegmentRule {
  const id = attribute(node, 'xid') ?? '';
  const fields = childrenOf(node)
    .filter((child) => tagOf(child) === 'element' || tagOf(child) === 'composite')
    .map((child, i): ElementRule | CompositeRule => {
      const position = i + 1;
      if (Number(required(child, 'seq')) !== position) throw new Error(`X12 map: ${id} elements out of sequence`);
      if (tagOf(child) === 'element') return compileElement(child, elementRef(id, position), dictionaries);
      return {
        kind: 'composite',
        ref: elementRef(id, position),
        name: childText(child, 'name') ?? '',
        usage: usageOf(required(child, 'usage')),
        components: childrenNamed(child, 'element').map((component, c) =>
          compileElement(component, elementRef(id, position, c + 1), dictionaries),
        ),
      };
    });
  return {
    kind: 'segment',
    id,
    name: childText(node, 'name') ?? '',
    usage: usageOf(required(node, 'usage')),
    pos: Number(required(node, 'pos')),
    maxUse: countOf(required(node, 'max_use')),
    fields,
    syntax: childrenNamed(node, 'syntax').map((syntax) => parseSyntax(textOf(syntax))),
    qualifier: qualifierOf(id, fields),
  };
}

function compileElement(node: XmlNode, ref: string, dictionaries: MapDictionaries): ElementRule {
  const dataElement = required(node, 'data_ele');
  const definition = dictionaries.dataElements.get(dataElement);
  if (!definition) throw new Error(`X12 map: ${ref} names data element ${dataElement}, not in dataele.xml`);
  const validCodes = childrenNamed(node, 'valid_codes')[0];
  let codes: ReadonlySet<string> | undefined;
  if (validCodes) {
    const external = attribute(validCodes, 'external');
    const inline = childrenNamed(validCodes, 'code').map(textOf);
    codes = external === undefined ? new Set(inline) : dictionaries.codeSets.get(external);
    if (!codes) throw new Error(`X12 map: ${ref} names code set "${external}", not in codes.xml`);
    if (codes.size === 0) codes = undefined; // `<valid_codes/>` lists nothing to check against
  }
  const regex = childText(node, 'regex');
  return {
    kind: 'element',
    ref,
    name: childText(node, 'name') ?? '',
    usage: usageOf(required(node, 'usage')),
    ...definition,
    codes,
    pattern: regex === undefined ? undefined : new RegExp(`^(?:${regex})$`),
  };
}

/**
 * The code that tells same-id segments of a loop apart (NM1*85 vs NM1*87, HI*ABK vs HI*BG): the
 * first element, or the first element's first component, when it is an ID with listed codes. HL
 * segments carry their level in HL03 (20 billing provider, 22 subscriber, 23 patient).
 */
function qualifierOf(id: string, fields: (ElementRule | CompositeRule)[]): Qualifier | undefined {
  if (id === 'HL') {
    const level = fields[2];
    return level?.kind === 'element' && level.codes ? { position: 3, codes: level.codes } : undefined;
  }
  const first = fields[0];
  if (first?.kind === 'element' && first.type === 'ID' && first.codes) return { position: 1, codes: first.codes };
  const component = first?.kind === 'composite' ? first.components[0] : undefined;
  if (component?.type === 'ID' && component.codes) return { position: 1, component: 1, codes: component.codes };
  return undefined;
}

const ENVELOPE_MAP = 'x12.control.00501.xml';
const maps = new Map<string, X12Map>();
const dictionariesByFolder = new Map<string, MapDictionaries>();

function findSegment(nodes: (SegmentRule | LoopRule)[], id: string): SegmentRule | undefined {
  for (const node of nodes) {
    const found = node.kind === 'segment' ? (node.id === id ? node : undefined) : findSegment(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Loads and compiles a map file once; dataele.xml, codes.xml and the envelope map
 * (x12.control.00501.xml) are read from the same folder.
 */
export function loadMap(file: string): X12Map {
  const key = path.resolve(file);
  const cached = maps.get(key);
  if (cached) return cached;
  const folder = path.dirname(key);
  let dictionaries = dictionariesByFolder.get(folder);
  if (!dictionaries) {
    dictionaries = compileDictionaries(
      fs.readFileSync(path.join(folder, 'dataele.xml'), 'utf8'),
      fs.readFileSync(path.join(folder, 'codes.xml'), 'utf8'),
    );
    dictionariesByFolder.set(folder, dictionaries);
  }
  const envelope = path.basename(key) === ENVELOPE_MAP ? undefined : loadMap(path.join(folder, ENVELOPE_MAP));
  const map = compileMap(fs.readFileSync(key, 'utf8'), dictionaries, envelope && findSegment(envelope.loops, 'ISA'));
  maps.set(key, map);
  return map;
}
