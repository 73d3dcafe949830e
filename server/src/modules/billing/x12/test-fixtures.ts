// Test access to the X12 references kept beside the project (shared/reference, not copied in):
// the pyx12 maps and the validated sample interchanges.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadMap, type X12Map } from './x12-map.ts';

const reference = new URL('../../../../../../shared/reference/', import.meta.url);

export const MAP_FILES = {
  '837I': '837Q3.I.5010.X223.A1.xml',
  '837P': '837.5010.X222.A1.xml',
  '835': '835.5010.X221.A1.xml',
  control: 'x12.control.00501.xml',
} as const;

export type MapName = keyof typeof MAP_FILES;

export const mapFile = (name: MapName) => fileURLToPath(new URL(`x12-maps/${MAP_FILES[name]}`, reference));

export const referenceMap = (name: MapName): X12Map => loadMap(mapFile(name));

/** A sample interchange from x12-samples/: `837I`, `837P` or `835`. */
export const sampleText = (name: '837I' | '837P' | '835') =>
  fs.readFileSync(new URL(`x12-samples/sample-${name}.x12`, reference), 'utf8');
