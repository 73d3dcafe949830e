// The claim preview's hold reasons (BILLING-RULES §1: "a reason code the UI shows and a user can
// fix") as people read them, and where each is fixed: on the session page itself, or on a tab of
// the member's chart.
import { humanize } from '../../ui/format';
import { SESSION_ANCHORS, type SessionAnchor } from './session-anchors';

export type HoldFix =
  | { kind: 'page'; anchor: SessionAnchor; label: string }
  | { kind: 'chart'; tab: 'coverages' | 'authorizations' | 'episodes'; label: string };

const coverages: HoldFix = { kind: 'chart', tab: 'coverages', label: 'Open the coverages' };
const authorizations: HoldFix = { kind: 'chart', tab: 'authorizations', label: 'Open the authorizations' };
// Diagnoses and admission dates are recorded on the episode of care.
const episodes: HoldFix = { kind: 'chart', tab: 'episodes', label: 'Open the episodes' };

interface HoldWords {
  label: string;
  fix?: HoldFix;
  /** Said instead of the server's message, where that one only names this page's own session. */
  message?: string;
}

const HOLDS: Record<string, HoldWords> = {
  note_unsigned: {
    label: 'Group note not signed',
    fix: { kind: 'page', anchor: SESSION_ANCHORS.groupNote, label: 'Go to the group note' },
    message: 'Once the lead signs the note, the next billing run bills this service.',
  },
  outside_episode: { label: 'No episode of care on this date', fix: episodes },
  no_coverage: { label: 'No active coverage', fix: coverages },
  no_diagnosis: { label: 'No diagnosis on the episode', fix: episodes },
  no_authorization: { label: 'No authorization', fix: authorizations },
  authorization_exhausted: { label: 'Authorization used up', fix: authorizations },
  // Minutes come from the check-in and check-out times.
  below_minimum_minutes: {
    label: 'Too few minutes attended',
    fix: { kind: 'page', anchor: SESSION_ANCHORS.attendance, label: 'Check the attendance' },
  },
  group_too_large: { label: 'Group larger than the payer allows' },
  no_licensed_rendering_provider: { label: 'No licensed lead with an NPI' },
  not_billable: { label: 'Not billable to this payer' },
};

export const holdLabel = (reason: string): string => HOLDS[reason]?.label ?? humanize(reason);

export const holdFix = (reason: string): HoldFix | null => HOLDS[reason]?.fix ?? null;

/** What to do, in words: ours where the server's would only repeat the session, else the server's. */
export const holdMessage = (reason: string, serverMessage: string): string => HOLDS[reason]?.message ?? serverMessage;
