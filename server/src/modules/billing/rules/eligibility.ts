// BILLING-RULES §1: what makes an attended (session, patient) pair billable before any payer rule,
// checked in the order a person would fix them: the signed note, the episode, the coverage, the
// diagnoses. Each attendee is resolved on their own: the facts are theirs, never the group's.
import type { CoverageFacts, PayerFacts, ServiceFacts, TraceStep } from '../claim-model.ts';
import { held, type Held } from './verdict.ts';

export type Episode = NonNullable<ServiceFacts['episode']>;

/** One service, or for a per-diem payer every service of a patient's day (BILLING-RULES §4). */
export type ServiceUnit = readonly [ServiceFacts, ...ServiceFacts[]];

export interface Eligible {
  episode: Episode;
  payer: PayerFacts;
  coverage: CoverageFacts;
  trace: TraceStep[];
}

// BILLING-RULES §1: absences and no-shows never produce a charge, nor does attendance without minutes.
const ATTENDED: ReadonlySet<ServiceFacts['attendanceStatus']> = new Set(['present', 'late', 'left_early']);
export const isAttended = (fact: ServiceFacts) => ATTENDED.has(fact.attendanceStatus) && fact.minutesAttended > 0;

const inEpisode = (date: string, episode: Episode) =>
  episode.admitDate <= date && (episode.dischargeDate === null || date <= episode.dischargeDate);

export function eligibility(unit: ServiceUnit): Eligible | Held {
  const [first] = unit;
  const date = first.serviceDate;
  const unsigned = unit.filter((fact) => !fact.noteSigned).map((fact) => fact.sessionId);
  if (unsigned.length > 0) {
    return held(
      'note_unsigned',
      `The note of session ${unsigned.join(', ')} on ${date} is not signed: sign it and the next run bills the service.`,
    );
  }
  const { episode, payer, coverage } = first;
  if (!episode || !inEpisode(date, episode)) {
    return held(
      'outside_episode',
      `No episode of care covers ${date}: admit the patient or correct the episode dates.`,
    );
  }
  if (!payer || !coverage) {
    return held('no_coverage', `No primary coverage is active on ${date}: record the patient's coverage.`);
  }
  if (episode.diagnoses.length === 0) {
    return held('no_diagnosis', `Episode ${episode.episodeId} has no diagnosis: record the principal diagnosis.`);
  }
  const attended = unit.map((f) => `${f.sessionId} ${f.attendanceStatus} ${f.minutesAttended} min`).join('; ');
  return {
    episode,
    payer,
    coverage,
    trace: [
      { rule: 'attendance', detail: `BILLING-RULES §1: ${attended}` },
      {
        rule: 'episode',
        detail: `${episode.levelOfCare} ${episode.population} episode ${episode.episodeId} (admitted ${episode.admitDate})`,
      },
      { rule: 'coverage', detail: `primary coverage ${coverage.coverageId}, member ${coverage.memberId}` },
      { rule: 'diagnoses', detail: `principal ${episode.diagnoses[0]}` },
    ],
  };
}
