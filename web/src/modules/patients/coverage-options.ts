import type { CoverageBody } from './patients.api';

export const PRIORITIES: { value: string; label: string }[] = [
  { value: '1', label: 'Primary' },
  { value: '2', label: 'Secondary' },
  { value: '3', label: 'Tertiary' },
];

export const RELATIONSHIPS: { value: CoverageBody['relationship']; label: string }[] = [
  { value: 'self', label: 'Self' },
  { value: 'spouse', label: 'Spouse' },
  { value: 'child', label: 'Child' },
  { value: 'other', label: 'Other' },
];

export const priorityLabel = (p: number): string => PRIORITIES.find((o) => o.value === String(p))?.label ?? String(p);
export const relationshipLabel = (r: string): string => RELATIONSHIPS.find((o) => o.value === r)?.label ?? r;
