// Program outcome reports, the pure part: the period and the one before it, and per instrument the
// patients followed up in a period, their mean baseline, latest and change, and the share who
// responded, remitted or changed reliably. Response, remission and reliable change are the
// instruments' own rules (instruments/change.ts, domain reference §4.3), applied to each patient.
import { Temporal } from 'temporal-polyfill';
import { change, instruments, isInstrumentId, type Change, type InstrumentDefinition } from './instruments/index.ts';
import { describe, rate, type Description } from './statistics.ts';

/** Clinic-local dates, both inclusive. */
export interface Period {
  from: string;
  to: string;
}

/** A report covers at most two years, so it and the period before it stay within four. */
export const MAX_PERIOD_DAYS = 731;

const plainDate = (date: string) => Temporal.PlainDate.from(date);

/** The calendar quarter holding `today` (January–March, April–June, …). */
export function quarterOf(today: string): Period {
  const date = plainDate(today);
  const first = date.with({ month: date.month - ((date.month - 1) % 3), day: 1 });
  return { from: first.toString(), to: first.add({ months: 3 }).subtract({ days: 1 }).toString() };
}

/** Days in the period, both ends counted. */
export const periodDays = ({ from, to }: Period): number => plainDate(from).until(plainDate(to)).days + 1;

/** The period of equal length that ends the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const start = plainDate(period.from);
  return {
    from: start.subtract({ days: periodDays(period) }).toString(),
    to: start.subtract({ days: 1 }).toString(),
  };
}

export const nextDay = (date: string): string => plainDate(date).add({ days: 1 }).toString();

/** Instruments a report covers: those with a total and a rule of change to count (PHQ-9, GAD-7, PCL-5). */
export const REPORTED_INSTRUMENTS: readonly InstrumentDefinition[] = Object.values(instruments).filter(
  ({ scoring }) => scoring.total && (scoring.reliableChange || scoring.response || scoring.remission),
);

export type PeriodName = 'current' | 'previous';

/**
 * A patient followed up with an instrument in a period: the baseline (the first administration in the
 * episode, wherever it falls) and the latest later administration inside the period.
 */
export interface FollowUp {
  period: PeriodName;
  patientId: string;
  mrn: string;
  givenName: string;
  familyName: string;
  instrument: string;
  baselineId: string;
  baselineTotal: number;
  /** Clinic-local date. */
  baselineDate: string;
  latestId: string;
  latestTotal: number;
  latestDate: string;
}

export interface PatientOutcome extends FollowUp {
  change: Change;
}

export function outcomeOf(followUp: FollowUp): PatientOutcome {
  if (!isInstrumentId(followUp.instrument)) throw new Error(`not a reported instrument: ${followUp.instrument}`);
  const result = change(followUp.baselineTotal, followUp.latestTotal, instruments[followUp.instrument]);
  // Stored totals were scored against these definitions when recorded, so they are in range.
  if (!result.ok) throw new Error(`stored totals out of range for ${followUp.instrument}: ${followUp.latestId}`);
  return { ...followUp, change: result.change };
}

/** Reliable change in the direction of improvement: lower is better on every built-in instrument (change.ts). */
export function reliableDirection(c: Change): 'improved' | 'deteriorated' | 'none' | null {
  if (c.reliableChange === null) return null;
  if (!c.reliableChange) return 'none';
  return c.delta < 0 ? 'improved' : 'deteriorated';
}

export interface Proportion {
  /** Patients the rule can be applied to (a percent drop needs a baseline above 0). */
  eligible: number;
  count: number;
  /** count / eligible; null when nobody is eligible. */
  rate: number | null;
}

export interface PeriodSummary {
  /** Patients with a baseline and a follow-up in the period. */
  patients: number;
  baseline: Description;
  latest: Description;
  /** latest − baseline per patient: negative is improvement. */
  change: Description;
  /** Null when the instrument defines no such rule (GAD-7 response and remission). */
  response: Proportion | null;
  remission: Proportion | null;
  reliableImprovement: number | null;
  reliableDeterioration: number | null;
}

export interface InstrumentReport {
  instrument: string;
  title: string;
  current: PeriodSummary;
  previous: PeriodSummary;
  /** current − previous; null where either side has no figure. */
  difference: {
    patients: number;
    meanChange: number | null;
    responseRate: number | null;
    remissionRate: number | null;
  };
}

function proportion(outcomes: readonly PatientOutcome[], pick: (c: Change) => boolean | null): Proportion {
  const known = outcomes.map((o) => pick(o.change)).filter((v) => v !== null);
  const count = known.filter(Boolean).length;
  return { eligible: known.length, count, rate: rate(count, known.length) };
}

export function summarize(definition: InstrumentDefinition, outcomes: readonly PatientOutcome[]): PeriodSummary {
  const { response, remission, reliableChange } = definition.scoring;
  const directions = outcomes.map((o) => reliableDirection(o.change));
  return {
    patients: outcomes.length,
    baseline: describe(outcomes.map((o) => o.baselineTotal)),
    latest: describe(outcomes.map((o) => o.latestTotal)),
    change: describe(outcomes.map((o) => o.change.delta)),
    response: response ? proportion(outcomes, (c) => c.response) : null,
    remission: remission ? proportion(outcomes, (c) => c.remission) : null,
    reliableImprovement: reliableChange ? directions.filter((d) => d === 'improved').length : null,
    reliableDeterioration: reliableChange ? directions.filter((d) => d === 'deteriorated').length : null,
  };
}

const minus = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined ? null : a - b;

/** Every reported instrument, in the registry's order, for both periods. */
export function instrumentReports(outcomes: readonly PatientOutcome[]): InstrumentReport[] {
  return REPORTED_INSTRUMENTS.map((definition) => {
    const own = (period: PeriodName) =>
      summarize(
        definition,
        outcomes.filter((o) => o.instrument === definition.id && o.period === period),
      );
    const current = own('current');
    const previous = own('previous');
    return {
      instrument: definition.id,
      title: definition.title,
      current,
      previous,
      difference: {
        patients: current.patients - previous.patients,
        meanChange: minus(current.change.mean, previous.change.mean),
        responseRate: minus(current.response?.rate, previous.response?.rate),
        remissionRate: minus(current.remission?.rate, previous.remission?.rate),
      },
    };
  });
}
