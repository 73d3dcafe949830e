// CMS Place of Service codes that IOP/PHP sites use; the server accepts any two-digit code.
export const PLACE_OF_SERVICE = [
  { value: '11', label: '11 Office' },
  { value: '19', label: '19 Off-campus outpatient hospital' },
  { value: '22', label: '22 On-campus outpatient hospital' },
  { value: '52', label: '52 Psychiatric facility, partial hospitalization' },
  { value: '53', label: '53 Community mental health center' },
  { value: '57', label: '57 Non-residential substance abuse treatment facility' },
  { value: '58', label: '58 Non-residential opioid treatment facility' },
];

export const placeOfServiceLabel = (code: string): string =>
  PLACE_OF_SERVICE.find((p) => p.value === code)?.label ?? code;

const US_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
];

/** US zones first, then every IANA zone the browser knows. */
export function timeZoneOptions(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...US_ZONES, ...all.filter((z) => !US_ZONES.includes(z))];
}
