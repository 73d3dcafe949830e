// What each rule answers for a unit of service: go on (with the trace steps it adds) or hold it
// with a reason a person can fix (BILLING-RULES §1).
import type { HoldReason, TraceStep } from '../claim-model.ts';

export interface Held {
  held: true;
  reason: HoldReason;
  message: string;
}

export const held = (reason: HoldReason, message: string): Held => ({ held: true, reason, message });

export const isHeld = <T extends object>(result: T | Held): result is Held => 'held' in result;

/** A line as the template's rules shape it, before the authorization and the charge. */
export interface LineDraft {
  revenueCode: string | null;
  procedureCode: string;
  modifiers: string[];
  placeOfService: string | null;
  renderingStaffId: string | null;
  supervisingStaffId: string | null;
  trace: TraceStep[];
}

/** A procedure code and the step that explains it. */
export interface Coded {
  procedureCode: string;
  step: TraceStep;
}
