// What a claim line bills, as a key the database keeps unique (`claim_lines_service`, DESIGN §4): a
// service is billed at most once (BILLING-RULES §1). A per-diem line bills the patient's whole day
// (BILLING-RULES §4), so its key is the day; any other line bills one session of one patient.
import { createHash } from 'node:crypto';
import type { ServiceFacts, ServiceLine } from './claim-model.ts';
import type { ClaimKey } from './rules/index.ts';

export const sessionKey = (sessionId: string, patientId: string) => `session:${sessionId}:${patientId}`;
export const dayKey = (patientId: string, date: string) => `day:${patientId}:${date}`;

export function lineKey(line: ServiceLine, perDiem: boolean): string {
  return perDiem ? dayKey(line.patientId, line.serviceDate) : sessionKey(line.sessionId, line.patientId);
}

/** The keys a service may have been billed under: on its own, or inside a per-diem day. */
export const factKeys = (fact: Pick<ServiceFacts, 'sessionId' | 'patientId' | 'serviceDate'>): [string, string] => [
  sessionKey(fact.sessionId, fact.patientId),
  dayKey(fact.patientId, fact.serviceDate),
];

/** What drew an authorization use (patients: authorization_uses.source), so releasing the line gives it back. */
export const useSource = (claimLineId: string) => `claim_line:${claimLineId}`;

/**
 * A claim id from the claim's key and the run: the same inputs give the same id, and a later run
 * (new services of the same period) gets ids of its own. A UUID, since CLM01 carries it (≤ 38 characters).
 */
export function claimIdOf(runId: string, key: ClaimKey): string {
  const hex = createHash('sha256')
    .update(JSON.stringify([runId, key.patientId, key.payerId, key.period.from, key.period.to, key.part]))
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
