// Request and response shapes of program outcome reports (GET /api/outcomes/reports and .csv).
import { Type, type Static, type TSchema } from 'typebox';
import { DateString } from '../../kernel/http/index.ts';
import type { InstrumentReport, PeriodSummary as Summary } from './reports.ts';
import type { ProgramReport } from './reports.service.ts';

export const ReportQuery = Type.Object(
  {
    programId: Type.String({ format: 'uuid' }),
    /** First day of the period (site-local). Give both ends or neither: neither is this calendar quarter. */
    from: Type.Optional(DateString),
    /** Last day of the period, inclusive; at most 731 days after `from`. */
    to: Type.Optional(DateString),
  },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuery>;

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const Period = Type.Object({ from: DateString, to: DateString });

const Description = Type.Object({
  n: Type.Integer(),
  mean: Nullable(Type.Number()),
  /** Sample standard deviation; null below two patients. */
  sd: Nullable(Type.Number()),
  /** 95 % confidence interval of the mean (Student's t); null below two patients. */
  ci95: Nullable(Type.Object({ lower: Type.Number(), upper: Type.Number() })),
});

const Proportion = Type.Object({
  /** Patients the rule applies to (a percentage drop needs a baseline above 0). */
  eligible: Type.Integer(),
  count: Type.Integer(),
  /** count / eligible, from 0 to 1; null when nobody is eligible. */
  rate: Nullable(Type.Number()),
});

const PeriodSummary = Type.Object({
  /** Patients with a baseline (first administration in the episode) and a later one in the period. */
  patients: Type.Integer(),
  baseline: Description,
  /** Each patient's latest administration in the period. */
  latest: Description,
  /** latest − baseline: negative is improvement. */
  change: Description,
  /** The instrument's response rule (PHQ-9: a drop of at least 50 %); null when it has none. */
  response: Nullable(Proportion),
  /** The instrument's remission rule (PHQ-9: below 5); null when it has none. */
  remission: Nullable(Proportion),
  /** Reliable change (PHQ-9: 6 points, GAD-7: 4) downwards and upwards; null when the instrument has no rule. */
  reliableImprovement: Nullable(Type.Integer()),
  reliableDeterioration: Nullable(Type.Integer()),
});

export const ReportResponse = Type.Object({
  program: Type.Object({ id: Type.String(), name: Type.String() }),
  period: Period,
  /** The period of the same length just before. */
  previousPeriod: Period,
  instruments: Type.Array(
    Type.Object({
      instrument: Type.String(),
      title: Type.String(),
      current: PeriodSummary,
      previous: PeriodSummary,
      /** current − previous; null where either has no figure. */
      difference: Type.Object({
        patients: Type.Integer(),
        meanChange: Nullable(Type.Number()),
        responseRate: Nullable(Type.Number()),
        remissionRate: Nullable(Type.Number()),
      }),
    }),
    { description: 'Every instrument with a rule of change (PHQ-9, GAD-7, PCL-5), in the registry order.' },
  ),
});
export type ReportResponse = Static<typeof ReportResponse>;

function toSummary(s: Summary): Static<typeof PeriodSummary> {
  return {
    patients: s.patients,
    baseline: s.baseline,
    latest: s.latest,
    change: s.change,
    response: s.response,
    remission: s.remission,
    reliableImprovement: s.reliableImprovement,
    reliableDeterioration: s.reliableDeterioration,
  };
}

const toInstrument = (r: InstrumentReport): ReportResponse['instruments'][number] => ({
  instrument: r.instrument,
  title: r.title,
  current: toSummary(r.current),
  previous: toSummary(r.previous),
  difference: r.difference,
});

export const toReportResponse = (report: ProgramReport): ReportResponse => ({
  program: report.program,
  period: report.period,
  previousPeriod: report.previousPeriod,
  instruments: report.instruments.map(toInstrument),
});
