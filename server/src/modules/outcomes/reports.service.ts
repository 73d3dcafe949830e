// Program outcome reports: per instrument, how the program's patients changed from baseline in a
// period and in the period before it, and the same per patient as a CSV file. One transaction per
// report, a fixed number of statements whatever the census, limited to the patients the caller may
// see (DESIGN §3.4), audited in the transaction (§3.5): the report as a query, and a CSV file, which
// names patients, also as an export of each patient in it (AU-1).
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../kernel/audit/index.ts';
import type { Db } from '../../kernel/db/index.ts';
import type { RequestContext } from '../../kernel/http/index.ts';
import { patients } from '../patients/index.ts';
import { localDate } from '../scheduling/index.ts';
import type { OutcomesDeps } from './assessments.service.ts';
import { toCsv } from './csv.ts';
import { outcomesErrors as errors } from './outcomes.errors.ts';
import {
  instrumentReports,
  MAX_PERIOD_DAYS,
  nextDay,
  outcomeOf,
  periodDays,
  previousPeriod,
  quarterOf,
  reliableDirection,
  REPORTED_INSTRUMENTS,
  type InstrumentReport,
  type PatientOutcome,
  type Period,
} from './reports.ts';
import * as q from './reports.queries.ts';

export interface ReportQuery {
  programId: string;
  /** Both or neither; neither is the current calendar quarter in the program site's zone. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface ProgramReport {
  program: { id: string; name: string };
  period: Period;
  previousPeriod: Period;
  instruments: InstrumentReport[];
}

export interface ReportFile {
  filename: string;
  csv: string;
  /** SHA-256 of the file, hex, also kept in the audit event (integrity of exports, 45 CFR 170.315(d)(8)). */
  sha256: string;
}

const CATEGORY = 'outcome_report';

export const CSV_HEADER = [
  'patient_id',
  'mrn',
  'family_name',
  'given_name',
  'instrument',
  'baseline_date',
  'baseline',
  'latest_date',
  'latest',
  'change',
  'percent_change',
  'reliable_change',
  'responded',
  'remitted',
] as const;

/** Rounded half away from zero, so −68.75 % reads −68.8 as +68.75 % reads 68.8. */
const oneDecimal = (value: number) => (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;

function csvRow(o: PatientOutcome) {
  const { delta, percentChange, response, remission } = o.change;
  return [
    o.patientId,
    o.mrn,
    o.familyName,
    o.givenName,
    o.instrument,
    o.baselineDate,
    o.baselineTotal,
    o.latestDate,
    o.latestTotal,
    delta,
    percentChange === null ? null : oneDecimal(percentChange),
    reliableDirection(o.change),
    response,
    remission,
  ];
}

/** The period asked for, checked, or the current quarter. */
function periodOf(query: ReportQuery, today: () => string): Period {
  const { from, to } = query;
  if (from === undefined && to === undefined) return quarterOf(today());
  if (from === undefined) throw errors.invalidPeriod('from', 'Give both ends of the period, or neither.');
  if (to === undefined) throw errors.invalidPeriod('to', 'Give both ends of the period, or neither.');
  if (to < from) throw errors.invalidPeriod('to', 'The period ends before it starts.');
  if (periodDays({ from, to }) > MAX_PERIOD_DAYS) {
    throw errors.invalidPeriod('to', `A period covers at most ${MAX_PERIOD_DAYS} days.`);
  }
  return { from, to };
}

export type ReportsService = ReturnType<typeof createReportsService>;

export function createReportsService({ db, clock, audit, patientAccess }: OutcomesDeps) {
  async function gather(tx: Db, ctx: RequestContext, query: ReportQuery) {
    await q.reportMemory(tx);
    const program = await q.reportProgram(tx, query.programId);
    if (!program) throw errors.programNotFound();
    const period = periodOf(query, () => localDate(clock.now(), program.timeZone));
    const previous = previousPeriod(period);
    const rows = await q.followUps(tx, {
      programId: program.id,
      timeZone: program.timeZone,
      instruments: REPORTED_INSTRUMENTS.map((i) => i.id),
      previousFrom: previous.from,
      currentFrom: period.from,
      until: nextDay(period.to),
      visible: patientAccess.visibleCondition(ctx, patients.id),
    });
    return { program, period, previous, outcomes: rows.map(outcomeOf) };
  }

  const queryEvent = (programId: string, period: Period, previous: Period, details: Record<string, unknown>) =>
    ({
      action: 'query',
      category: CATEGORY,
      entityId: programId,
      details: { programId, ...period, previousFrom: previous.from, previousTo: previous.to, ...details },
    }) satisfies AuditEntry;

  return {
    /** The figures per instrument for the period and the one before it. */
    async program(ctx: RequestContext, query: ReportQuery): Promise<ProgramReport> {
      return db.transaction(async (tx) => {
        const { program, period, previous, outcomes } = await gather(tx, ctx, query);
        // Aggregates name no one, but a small program's figures are close to its patients' own: the
        // query is audited with how many patients it summed.
        const patientCount = new Set(outcomes.map((o) => o.patientId)).size;
        await audit.record(
          tx,
          ctx,
          queryEvent(program.id, period, previous, { format: 'json', patients: patientCount }),
        );
        return {
          program: { id: program.id, name: program.name },
          period,
          previousPeriod: previous,
          instruments: instrumentReports(outcomes),
        };
      });
    },

    /** One row per patient and instrument followed up in the period, in name order. */
    async csv(ctx: RequestContext, query: ReportQuery): Promise<ReportFile> {
      return db.transaction(async (tx) => {
        const { program, period, previous, outcomes } = await gather(tx, ctx, query);
        const rows = outcomes.filter((o) => o.period === 'current');
        const csv = toCsv(CSV_HEADER, rows.map(csvRow));
        const sha256 = createHash('sha256').update(csv).digest('hex');
        const byPatient = new Map<string, PatientOutcome[]>();
        for (const row of rows) byPatient.set(row.patientId, [...(byPatient.get(row.patientId) ?? []), row]);
        await audit.record(
          tx,
          ctx,
          queryEvent(program.id, period, previous, {
            format: 'csv',
            patients: byPatient.size,
            rows: rows.length,
            sha256,
          }),
          ...[...byPatient].map(([patientId, own]): AuditEntry => ({
            action: 'export',
            category: CATEGORY,
            patientId,
            entityId: program.id,
            details: {
              instruments: own.map((o) => o.instrument),
              assessmentIds: own.flatMap((o) => [o.baselineId, o.latestId]),
            },
          })),
        );
        return { filename: `outcomes-${period.from}-to-${period.to}.csv`, csv, sha256 };
      });
    },
  };
}
