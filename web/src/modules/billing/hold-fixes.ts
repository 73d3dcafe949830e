// The worklist's side of the hold reasons (BILLING-RULES §1: "a reason code the UI shows and a user
// can fix"): the names and the chart tabs come from the session page's claim preview, so both screens
// say the same; here each reason also says who fixes it, and links to where, from the billing office.
import { holdFix } from '../attendance/claim-holds';
import type { Hold, HoldReason } from './billing.api';

/** Who fixes a reason and how a later billing run then picks the service up. */
const WHO_FIXES: Record<HoldReason, string> = {
  note_unsigned: 'Only the session’s lead facilitator signs its note; the session page shows who leads it.',
  outside_episode: 'Admit the patient, or correct the episode’s admission or discharge date.',
  no_coverage: 'Record the patient’s primary coverage for the date of service.',
  no_diagnosis: 'Record the principal diagnosis on the patient’s episode of care.',
  no_authorization: 'Record the payer’s authorization, or its renewal, covering the date of service.',
  authorization_exhausted: 'Ask the payer for more units and record the new authorization.',
  below_minimum_minutes:
    'Correct the check-in and check-out times if they are wrong; otherwise the service is not billed.',
  group_too_large: 'Review the session’s attendance: the payer pays groups up to its size limit only.',
  no_licensed_rendering_provider:
    'Name a licensed lead facilitator for the session, or add the lead’s NPI to their staff profile (administrators).',
  not_billable: 'The payer’s rule pack has no code for this service; change the rule pack if the payer pays it.',
};

export const whoFixes = (reason: string): string | null => WHO_FIXES[reason as HoldReason] ?? null;

export interface FixLink {
  to: string;
  label: string;
}

/**
 * Where a hold is fixed: the chart tab for coverage, authorization, episode and diagnosis; the staff
 * list for a lead's NPI, for those who may edit staff; otherwise the session page, whose attendance,
 * note and facilitators the other reasons are about.
 */
export function fixLink(hold: Hold, canEditStaff: boolean): FixLink {
  const fix = holdFix(hold.reason);
  if (fix?.kind === 'chart') return { to: `/patients/${hold.patientId}?tab=${fix.tab}`, label: fix.label };
  if (hold.reason === 'no_licensed_rendering_provider' && canEditStaff) {
    return { to: '/admin/staff', label: 'Open the staff list' };
  }
  const anchor = fix?.kind === 'page' ? `#${fix.anchor}` : '';
  return { to: `/sessions/${hold.sessionId}${anchor}`, label: 'Open the session' };
}
