// Claim codes as people read them: lifecycle status (BILLING-RULES §1), claim frequency (X12 CLM05-3,
// UB-04 FL 4 third digit), the 835's claim status (CLP02) and CAS adjustment groups.
import { humanize } from '../../ui/format';
import type { ClaimFormat, ClaimStatus } from './billing.api';

interface StatusWords {
  label: string;
  color: string;
  /** What the status means for the biller. */
  hint: string;
}

export const CLAIM_STATUSES: Record<ClaimStatus, StatusWords> = {
  draft: { label: 'Draft', color: 'gray', hint: 'Has errors to fix before it can be sent' },
  ready: { label: 'Ready', color: 'teal', hint: 'Can go into a batch' },
  batched: { label: 'Batched', color: 'blue', hint: 'In an X12 file; corrected only by a replacement or a void' },
  submitted: { label: 'Submitted', color: 'blue', hint: 'Sent to the payer' },
  accepted: { label: 'Accepted', color: 'cyan', hint: 'Accepted by the payer' },
  rejected: { label: 'Rejected', color: 'red', hint: 'Rejected by the payer' },
  paid: { label: 'Paid', color: 'green', hint: 'Paid in full' },
  denied: { label: 'Denied', color: 'red', hint: 'Denied by the payer' },
  partially_paid: { label: 'Partially paid', color: 'yellow', hint: 'Paid less than charged' },
  replaced: { label: 'Replaced', color: 'gray', hint: 'Corrected by a replacement claim (frequency 7)' },
  voided: { label: 'Voided', color: 'gray', hint: 'Cancelled by a void claim (frequency 8)' },
};

export const STATUS_OPTIONS = (Object.keys(CLAIM_STATUSES) as ClaimStatus[]).map((value) => ({
  value,
  label: CLAIM_STATUSES[value].label,
}));

export const statusLabel = (status: string): string => CLAIM_STATUSES[status as ClaimStatus]?.label ?? humanize(status);

export const FORMAT_LABELS: Record<ClaimFormat, string> = {
  '837I': '837I (UB-04)',
  '837P': '837P (CMS-1500)',
};

export const FORMAT_OPTIONS = (Object.keys(FORMAT_LABELS) as ClaimFormat[]).map((value) => ({
  value,
  label: FORMAT_LABELS[value],
}));

// X12 CLM05-3 / NUBC type-of-bill frequency codes (BILLING-RULES §2 and §1 corrections); on an
// institutional claim 1 also says the claim runs from admission through discharge.
const FREQUENCIES: Record<string, string> = {
  '1': 'Original',
  '2': 'Interim, first claim',
  '3': 'Interim, continuing',
  '4': 'Interim, last claim',
  '7': 'Replacement',
  '8': 'Void',
};

export function frequencyLabel(code: string, format: ClaimFormat): string {
  const words = FREQUENCIES[code];
  if (!words) return code;
  return `${code} · ${words}${code === '1' && format === '837I' ? ' (admit through discharge)' : ''}`;
}

// X12 835 CLP02 claim status codes (005010X221A1).
const PAYER_STATUSES: Record<string, string> = {
  '1': 'Processed as primary',
  '2': 'Processed as secondary',
  '3': 'Processed as tertiary',
  '4': 'Denied',
  '19': 'Primary, forwarded',
  '20': 'Secondary, forwarded',
  '21': 'Tertiary, forwarded',
  '22': 'Reversal of an earlier payment',
  '23': 'Not our claim, forwarded',
};

export const payerStatusLabel = (code: string): string => PAYER_STATUSES[code] ?? `Status ${code}`;

// X12 CAS01 claim adjustment group codes.
const ADJUSTMENT_GROUPS: Record<string, string> = {
  CO: 'Contractual',
  PR: 'Patient responsibility',
  OA: 'Other',
  PI: 'Payer initiated',
};

export const adjustmentGroupLabel = (group: string): string => ADJUSTMENT_GROUPS[group] ?? group;
