// Patients answering measures themselves, without logging in (issue: a kiosk tablet started by staff
// at check-in, and a one-time link; vendor article 000 §3: "patient-reported outcomes … via patient
// portal or tablet"). Staff make a short-lived token bound to one patient and some instruments; the
// token is the only credential, so it is 256 random bits, stored as its hash, shown once. Whoever holds
// it learns the patient's first name and the questions, nothing else, and answers only for that
// patient. Its reads and answers are audited with the patient as subject and no actor, the token's id
// in the details.
import type { Db } from '../../kernel/db/index.ts';
import type { RequestContext } from '../../kernel/http/index.ts';
import { hashSecret, newId, newSecret } from '../../kernel/ids.ts';
import type { AssessmentsService, OutcomesDeps } from './assessments.service.ts';
import { instruments, isInstrumentId, type InstrumentDefinition, type InstrumentId } from './instruments/index.ts';
import type { MeasuresService } from './measures.service.ts';
import { outcomesErrors as errors } from './outcomes.errors.ts';
import type { SelfReportKind } from './outcomes.tables.ts';
import * as q from './self-report.queries.ts';

const MINUTE = 60_000;
/** A kiosk covers one sitting in the waiting room; a link gives the patient three days (issue). */
const LIFETIME: Record<SelfReportKind, number> = { kiosk: 30 * MINUTE, link: 72 * 60 * MINUTE };

// Instruments a patient may fill in on screen. PCL-5 and BAM are held back while their item texts are
// paraphrases, and AUDIT-C while its items are descriptions rather than the questions
// (instruments/README.md, open decisions; definitions/audit-c.ts).
const SELF_REPORT: ReadonlySet<InstrumentId> = new Set(['PHQ-9', 'GAD-7', 'C-SSRS-screener']);

const CATEGORY = 'self_report';

export interface TokenRequest {
  kind: SelfReportKind;
  /** Default: the measures due. */
  instruments?: string[] | undefined;
}

export interface IssuedToken {
  id: string;
  token: string;
  instruments: string[];
  expiresAt: Date;
}

export interface SelfReportForm {
  patientFirstName: string;
  /** The instruments still to answer, in order. */
  instruments: InstrumentDefinition[];
}

export type SelfReportService = ReturnType<typeof createSelfReportService>;

export function createSelfReportService(
  { db, clock, audit, patientAccess }: OutcomesDeps,
  assessments: AssessmentsService,
  measures: MeasuresService,
) {
  /** The holder of a token is not a user: its events carry no actor, even on a staff member's browser. */
  const holder = (ctx: RequestContext): RequestContext => ({ ...ctx, actor: null });

  function chosenInstruments(requested: string[]): InstrumentId[] {
    requested.forEach((id, i) => {
      if (!isInstrumentId(id)) throw errors.unknownInstrument(`instruments.${i}`);
      if (!SELF_REPORT.has(id)) throw errors.notSelfReport(`instruments.${i}`);
    });
    return [...new Set(requested.filter(isInstrumentId))];
  }

  /** The live token, or why it cannot be used: unknown 404, completed 409, expired 410. */
  async function usable(tx: Db, token: string, lock: boolean) {
    const found = await q.findToken(tx, hashSecret(token), { lock });
    if (!found) throw errors.tokenNotFound();
    if (found.token.usedAt) throw errors.tokenUsed();
    if (found.token.expiresAt <= clock.now()) throw errors.tokenExpired();
    return found;
  }

  return {
    async createToken(ctx: RequestContext, patientId: string, request: TokenRequest): Promise<IssuedToken> {
      return db.transaction(async (tx) => {
        await patientAccess.assertVisible(tx, ctx, patientId);
        const requested =
          request.instruments ?? (await measures.internal.dueFor(tx, patientId)).map((m) => m.instrument);
        const list = chosenInstruments(requested);
        if (list.length === 0) throw errors.nothingDue();
        const id = newId();
        const token = newSecret();
        const now = clock.now();
        const expiresAt = new Date(now.getTime() + LIFETIME[request.kind]);
        await q.insertToken(tx, {
          id,
          tokenHash: hashSecret(token),
          patientId,
          instruments: list,
          kind: request.kind,
          expiresAt,
          createdBy: ctx.actor!.userId,
          createdAt: now,
        });
        await audit.record(tx, ctx, {
          action: 'create',
          category: CATEGORY,
          patientId,
          entityId: id,
          details: { kind: request.kind, instruments: list, expiresAt: expiresAt.toISOString() },
        });
        return { id, token, instruments: list, expiresAt };
      });
    },

    /** What the form shows: the patient's first name and the questionnaires still to answer. */
    async open(ctx: RequestContext, token: string): Promise<SelfReportForm> {
      return db.transaction(async (tx) => {
        const { token: row, givenName } = await usable(tx, token, false);
        await audit.record(tx, holder(ctx), {
          action: 'read',
          category: CATEGORY,
          patientId: row.patientId,
          entityId: row.id,
          details: { tokenId: row.id },
        });
        const remaining = row.instruments.filter((id) => !row.answered.includes(id));
        return {
          patientFirstName: givenName,
          instruments: remaining.filter(isInstrumentId).map((id) => instruments[id]),
        };
      });
    },

    /**
     * Score and store one questionnaire's answers for the token's patient (source `kiosk` or `link`,
     * the risk task as for any assessment); the token is used up with its last questionnaire.
     */
    async answer(
      ctx: RequestContext,
      token: string,
      body: { instrument: string; answers: number[] },
    ): Promise<{ instrument: string; remaining: string[] }> {
      return db.transaction(async (tx) => {
        const { token: row } = await usable(tx, token, true);
        if (!row.instruments.includes(body.instrument)) throw errors.instrumentNotRequested();
        if (row.answered.includes(body.instrument)) throw errors.alreadyAnswered();
        await assessments.internal.store(
          tx,
          holder(ctx),
          row.patientId,
          { instrument: body.instrument, answers: body.answers, source: row.kind },
          { tokenId: row.id },
        );
        const answered = [...row.answered, body.instrument];
        const remaining = row.instruments.filter((id) => !answered.includes(id));
        await q.markAnswered(tx, row.id, answered, remaining.length === 0 ? clock.now() : null);
        return { instrument: body.instrument, remaining };
      });
    },
  };
}
