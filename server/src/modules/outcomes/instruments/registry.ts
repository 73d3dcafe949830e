// The built-in instruments, keyed by the id the API names them by (`instrument: "PHQ-9"`).
import type { InstrumentDefinition } from './definition.ts';
import { auditC } from './definitions/audit-c.ts';
import { bam } from './definitions/bam.ts';
import { cssrsScreener } from './definitions/c-ssrs-screener.ts';
import { gad7 } from './definitions/gad-7.ts';
import { pcl5 } from './definitions/pcl-5.ts';
import { phq9 } from './definitions/phq-9.ts';

export const instruments = {
  'PHQ-9': phq9,
  'GAD-7': gad7,
  'C-SSRS-screener': cssrsScreener,
  'PCL-5': pcl5,
  'AUDIT-C': auditC,
  BAM: bam,
} as const satisfies Record<string, InstrumentDefinition>;

export type InstrumentId = keyof typeof instruments;

export const isInstrumentId = (value: string): value is InstrumentId => Object.hasOwn(instruments, value);
