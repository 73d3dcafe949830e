// UB-04 FL43 prints a description beside each revenue code. NUBC behavioral-health revenue codes
// as listed in shared/reference/iop-php-domain.md §1.4 (0905 psychiatric / 0906 chemical
// dependency per the sources that agree there); a code not listed prints no description.
const DESCRIPTIONS: Record<string, string> = {
  '0900': 'BEHAVIORAL HEALTH TREATMENT/SERVICES',
  '0904': 'ACTIVITY THERAPY',
  '0905': 'INTENSIVE OUTPATIENT - PSYCHIATRIC',
  '0906': 'INTENSIVE OUTPATIENT - CHEMICAL DEPENDENCY',
  '0907': 'COMMUNITY BEHAVIORAL HEALTH PROGRAM',
  '0911': 'REHABILITATION',
  '0912': 'PARTIAL HOSPITALIZATION - LESS INTENSIVE',
  '0913': 'PARTIAL HOSPITALIZATION - INTENSIVE',
  '0914': 'INDIVIDUAL THERAPY',
  '0915': 'GROUP THERAPY',
  '0916': 'FAMILY THERAPY',
  '0917': 'BIOFEEDBACK',
  '0918': 'BEHAVIORAL HEALTH TESTING',
  '0919': 'OTHER BEHAVIORAL HEALTH SERVICES',
  '0942': 'EDUCATION/TRAINING',
};

export const revenueDescription = (code: string | null) => (code ? (DESCRIPTIONS[code] ?? '') : '');
