// Assessments: score an instrument's answers with the toolkit, store them, show the change since the
// episode's baseline, and raise a task when a screen is positive for suicide risk. Every use case
// checks the patient-access port and is audited per patient in its transaction (DESIGN §3.4, §3.5);
// `internal.store` is the same write for callers that have settled access another way (a self-report
// token is bound to its patient).
import type { Audit, AuditEntry } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import type { PatientAccess, RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import type { CareService } from '../care/index.ts';
import { primaryClinicians } from '../programs/index.ts';
import {
  instruments,
  isInstrumentId,
  score,
  type Change,
  type InstrumentDefinition,
  type ScoreContext,
} from './instruments/index.ts';
import { outcomesErrors as errors } from './outcomes.errors.ts';
import * as q from './outcomes.queries.ts';
import type { AssessmentSource } from './outcomes.tables.ts';
import { changeSinceBaseline } from './progress.ts';
import { riskTitle, suicideRisk, type RiskFinding } from './risk.ts';

export interface OutcomesDeps {
  db: Db;
  clock: Clock;
  audit: Audit;
  patientAccess: PatientAccess;
  /** Raising the suicide-risk task in the recording transaction (the care module). */
  care: Pick<CareService, 'createTask'>;
}

export interface NewAssessment {
  instrument: string;
  answers: number[];
  administeredAt?: Date | undefined;
  source?: AssessmentSource | undefined;
}

export interface AssessmentView {
  assessment: q.AssessmentRow;
  change: Change | undefined;
}

const CATEGORY = 'assessment';
const RISK_TASK = 'suicide_risk_screen';
/** The capacity a risk task is addressed in when it goes to one person, the patient's attending. */
const PRIMARY_CLINICIAN = 'primary_clinician';
// A positive screen must reach someone even for a patient with no open episode (and so no attending):
// the program directors, who see every patient.
const FALLBACK_ROLE = 'program_director';

// Flags that differ by sex (AUDIT-C) take the patient's recorded sex; `U` leaves every rule on.
const SEX: Record<string, ScoreContext['sex']> = { F: 'female', M: 'male' };

const event = (action: AuditEntry['action'], row: q.AssessmentRow, details?: Record<string, unknown>): AuditEntry => ({
  action,
  category: CATEGORY,
  patientId: row.patientId,
  entityId: row.id,
  ...(details && { details }),
});

export type AssessmentsService = ReturnType<typeof createAssessmentsService>;

export function createAssessmentsService({ db, clock, audit, patientAccess, care }: OutcomesDeps) {
  /** An urgent task for the primary clinician, open until they acknowledge it by completing it. */
  async function raiseRiskTask(
    tx: Db,
    ctx: RequestContext,
    row: q.AssessmentRow,
    definition: InstrumentDefinition,
    programId: string | null,
    finding: RiskFinding,
  ): Promise<void> {
    const clinician = (await primaryClinicians(tx, [row.patientId], programId)).get(row.patientId);
    await care.createTask(tx, ctx, {
      kind: RISK_TASK,
      title: riskTitle(definition, finding),
      programId,
      patientId: row.patientId,
      assigneeRole: clinician ? PRIMARY_CLINICIAN : FALLBACK_ROLE,
      assigneeStaffId: clinician ?? null,
      priority: 'urgent',
      details: { assessmentId: row.id, instrument: row.instrument, ...finding },
    });
  }

  /** Score, store and audit an administration, raising the risk task; the caller has checked access. */
  async function store(
    tx: Db,
    ctx: RequestContext,
    patientId: string,
    body: NewAssessment,
    /** Added to the audit event's instrument and source (a self-report token's id). */
    details: Record<string, unknown> = {},
  ): Promise<AssessmentView> {
    if (!isInstrumentId(body.instrument)) throw errors.unknownInstrument();
    const definition = instruments[body.instrument];
    const now = clock.now();
    const administeredAt = body.administeredAt ?? now;
    if (administeredAt > now) throw errors.administeredInFuture();
    const sex = SEX[(await q.patientSex(tx, patientId)) ?? 'U'];
    const scored = score(definition, body.answers, sex ? { sex } : {});
    if (!scored.ok) throw errors.invalidAnswers(scored.issues);

    const episode = await q.currentEpisode(tx, patientId);
    const row = await q.insertAssessment(tx, {
      id: newId(),
      patientId,
      instrument: definition.id,
      answers: body.answers,
      total: scored.score.total,
      severity: scored.score.severity,
      flags: scored.score.flags,
      subscales: scored.score.subscales ?? null,
      administeredAt,
      recordedBy: ctx.actor?.userId ?? null,
      source: body.source ?? 'staff',
      episodeId: episode?.id ?? null,
      createdAt: now,
    });
    await audit.record(tx, ctx, event('create', row, { instrument: row.instrument, source: row.source, ...details }));

    const finding = suicideRisk(definition, body.answers, scored.score);
    if (finding) await raiseRiskTask(tx, ctx, row, definition, episode?.programId ?? null, finding);

    const first = episode && (await q.baseline(tx, episode.id, row.instrument));
    return { assessment: row, change: changeSinceBaseline(row, first) };
  }

  return {
    async record(ctx: RequestContext, patientId: string, body: NewAssessment): Promise<AssessmentView> {
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, patientId);
        return store(tx, ctx, patientId, body);
      });
    },

    /** The patient's assessments, newest first, optionally of one instrument. */
    async history(ctx: RequestContext, patientId: string, instrument?: string): Promise<AssessmentView[]> {
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, patientId);
        const rows = await q.history(tx, patientId, instrument);
        await audit.record(tx, ctx, ...rows.map((r) => event('read', r.assessment)));
        return rows.map(({ assessment, baselineId, baselineTotal }) => ({
          assessment,
          change: changeSinceBaseline(assessment, { ...assessment, id: baselineId, total: baselineTotal }),
        }));
      });
    },

    internal: { store },
  };
}
