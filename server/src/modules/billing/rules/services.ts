// BILLING-RULES §1–§4: attendance to claim lines and holds. Each attended (session, patient) pair is
// resolved on its own facts under its payer's template and rule pack; a per-diem payer's services of
// one patient's day form a single unit. Units are taken in date order, which is the order
// authorizations are drawn in, and the output depends only on the facts, never on their order.
import type { Hold, ServiceFacts, ServiceLine, TraceStep } from '../claim-model.ts';
import { createAuthorizationLedger, type AuthorizationLedger } from './authorization.ts';
import { professionalLine } from './commercial-professional.ts';
import { perDiemLine } from './commercial-per-diem.ts';
import { eligibility, isAttended, type ServiceUnit } from './eligibility.ts';
import { medicareLine } from './medicare-institutional.ts';
import { compareText } from './ordering.ts';
import { packStep, templatePack } from './pack.ts';
import { isHeld, type Held, type LineDraft } from './verdict.ts';

/** The charge master: cents for a procedure code on a date, or null when it has no price. */
export type ChargeFor = (code: string, date: string) => number | null;

const inTimeOrder = (a: ServiceFacts, b: ServiceFacts) =>
  compareText(a.serviceDate, b.serviceDate) ||
  Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
  compareText(a.sessionId, b.sessionId) ||
  compareText(a.patientId, b.patientId);

/** Attended services in time order; a per-diem payer's services of one patient's day grouped in one unit. */
function billableUnits(facts: readonly ServiceFacts[]): ServiceUnit[] {
  const units: [ServiceFacts, ...ServiceFacts[]][] = [];
  const days = new Map<string, [ServiceFacts, ...ServiceFacts[]]>();
  for (const fact of facts.filter(isAttended).sort(inTimeOrder)) {
    if (fact.payer?.template !== 'commercial_per_diem') {
      units.push([fact]);
      continue;
    }
    const key = JSON.stringify([fact.patientId, fact.serviceDate, fact.payer.payerId, fact.episode?.episodeId]);
    const day = days.get(key);
    if (day) {
      day.push(fact);
    } else {
      const unit: [ServiceFacts, ...ServiceFacts[]] = [fact];
      days.set(key, unit);
      units.push(unit);
    }
  }
  return units;
}

interface RunState {
  ledger: AuthorizationLedger;
  /** Group lines billed so far per patient and day (modifier 59 on the second, BILLING-RULES §3). */
  groupLines: Map<string, number>;
  chargeFor: ChargeFor;
}

const dayKey = (fact: ServiceFacts) => `${fact.patientId}|${fact.serviceDate}`;

function chargeOf(draft: LineDraft, date: string, chargeFor: ChargeFor): { cents: number; step: TraceStep } {
  const cents = chargeFor(draft.procedureCode, date);
  // A missing price is the charge master's gap, not the service's: the line stays visible with 0
  // and the scrubber refuses its claim (`missing_charge`) until the price is added.
  return cents === null
    ? { cents: 0, step: { rule: 'charge', detail: `no charge master price for ${draft.procedureCode} on ${date}` } }
    : { cents, step: { rule: 'charge', detail: `charge master: ${draft.procedureCode} → ${cents} cents` } };
}

function resolve(unit: ServiceUnit, state: RunState): ServiceLine | Held {
  const eligible = eligibility(unit);
  if (isHeld(eligible)) return eligible;
  const { episode, payer } = eligible;
  const [first] = unit;
  const pack = templatePack(payer);
  const draft =
    pack.template === 'medicare_institutional'
      ? medicareLine(first, pack.rules)
      : pack.template === 'commercial_professional'
        ? professionalLine(first, episode, pack.rules, state.groupLines.get(dayKey(first)) ?? 0)
        : perDiemLine(unit, episode, pack.rules);
  if (isHeld(draft)) return draft;
  const minutes = unit.reduce((sum, fact) => sum + fact.minutesAttended, 0);
  const drawn = pack.rules.requiresAuthorization
    ? state.ledger.draw(first.authorization, { date: first.serviceDate, sessions: unit.length, minutes })
    : null;
  if (drawn && isHeld(drawn)) return drawn;
  const charge = chargeOf(draft, first.serviceDate, state.chargeFor);
  const authorizationStep = drawn?.step ?? { rule: 'authorization', detail: 'not required by the rule pack' };
  return {
    sessionId: first.sessionId,
    patientId: first.patientId,
    serviceDate: first.serviceDate,
    revenueCode: draft.revenueCode,
    procedureCode: draft.procedureCode,
    modifiers: draft.modifiers,
    units: 1,
    chargeCents: charge.cents,
    placeOfService: draft.placeOfService,
    renderingStaffId: draft.renderingStaffId,
    supervisingStaffId: draft.supervisingStaffId,
    sessionIds: unit.map((fact) => fact.sessionId),
    authorization: drawn?.authorization ?? null,
    trace: [packStep(payer), ...eligible.trace, ...draft.trace, authorizationStep, charge.step],
  };
}

export interface DeriveOptions {
  /**
   * Services an earlier run billed: they produce nothing here, but they came first. A patient's group
   * line after a billed group line of the same day is the day's second (modifier 59, BILLING-RULES
   * §3), whichever run bills it.
   */
  billed?: readonly ServiceFacts[];
}

/** Group lines already billed per patient and day. */
function billedGroupLines(billed: readonly ServiceFacts[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fact of billed) {
    if (fact.sessionKind === 'group_psychotherapy') counts.set(dayKey(fact), (counts.get(dayKey(fact)) ?? 0) + 1);
  }
  return counts;
}

/**
 * Lines and holds for a run's service facts (BILLING-RULES §1–§4): absences and attendance without
 * minutes produce nothing; every other service becomes one line (a per-diem day, one line for the
 * day) or a hold for each of its sessions, with the first reason found.
 */
export function deriveLines(
  facts: readonly ServiceFacts[],
  chargeFor: ChargeFor,
  { billed = [] }: DeriveOptions = {},
): { lines: ServiceLine[]; holds: Hold[] } {
  const state: RunState = { ledger: createAuthorizationLedger(), groupLines: billedGroupLines(billed), chargeFor };
  const lines: ServiceLine[] = [];
  const holds: Hold[] = [];
  for (const unit of billableUnits(facts)) {
    const result = resolve(unit, state);
    if (isHeld(result)) {
      const { reason, message } = result;
      holds.push(
        ...unit.map(({ sessionId, patientId, serviceDate }) => ({
          sessionId,
          patientId,
          serviceDate,
          reason,
          message,
        })),
      );
      continue;
    }
    lines.push(result);
    if (unit[0].sessionKind === 'group_psychotherapy') {
      const key = dayKey(unit[0]);
      state.groupLines.set(key, (state.groupLines.get(key) ?? 0) + 1);
    }
  }
  return { lines, holds };
}
