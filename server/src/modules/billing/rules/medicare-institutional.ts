// BILLING-RULES §2, template `medicare_institutional` (837I, itemized): one line per service with
// its revenue code and HCPCS, 1 unit. Medicare derives its per diem from these lines, so every
// qualifying service is its own line (iop-php-domain §1.6). No place of service or telehealth
// modifier: those are 837P elements.
import type { RulePack } from '../../payers/index.ts';
import type { ServiceFacts, TraceStep } from '../claim-model.ts';
import { familyTherapyCode, individualTherapyCode } from './psychotherapy.ts';
import { held, isHeld, type Held, type LineDraft } from './verdict.ts';

type Rules = RulePack<'medicare_institutional'>;

interface RevenueCoded {
  revenueCode: string;
  procedureCode: string;
  trace: TraceStep[];
}

/** Activity therapy (G0176) and education (G0177) are per session of 45 minutes or more. */
function timed(fact: ServiceFacts, service: Rules['services']['activity_therapy']): RevenueCoded | Held {
  if (fact.minutesAttended < service.minMinutes) {
    return held(
      'below_minimum_minutes',
      `${fact.minutesAttended} minutes attended; ${service.procedureCode} is billed for sessions of ${service.minMinutes} minutes or more. Correct the attendance times if they are wrong.`,
    );
  }
  return {
    revenueCode: service.revenueCode,
    procedureCode: service.procedureCode,
    trace: [
      { rule: 'minimum_minutes', detail: `${fact.minutesAttended} min attended, at least ${service.minMinutes}` },
      { rule: 'procedure', detail: `${fact.sessionKind} → ${service.revenueCode} + ${service.procedureCode}` },
    ],
  };
}

function coded(fact: ServiceFacts, services: Rules['services']): RevenueCoded | Held {
  switch (fact.sessionKind) {
    case 'group_psychotherapy': {
      const { revenueCode, procedureCode } = services.group_psychotherapy;
      const step = { rule: 'procedure', detail: `group_psychotherapy → ${revenueCode} + ${procedureCode}` };
      return { revenueCode, procedureCode, trace: [step] };
    }
    case 'individual_therapy': {
      const code = individualTherapyCode(services.individual_therapy.minuteBands, fact.minutesAttended);
      if (isHeld(code)) return code;
      return {
        revenueCode: services.individual_therapy.revenueCode,
        procedureCode: code.procedureCode,
        trace: [code.step],
      };
    }
    case 'family_therapy': {
      const code = familyTherapyCode(services.family_therapy, fact.patientPresent);
      return {
        revenueCode: services.family_therapy.revenueCode,
        procedureCode: code.procedureCode,
        trace: [code.step],
      };
    }
    case 'activity_therapy':
      return timed(fact, services.activity_therapy);
    case 'psychoeducation':
      return timed(fact, services.psychoeducation);
    default:
      // Physician services (evaluations, medication management) are billed apart from the program
      // (42 CFR 410.43(b)); skills groups have no code unless the payer adds one.
      return held(
        'not_billable',
        `The payer's rule pack has no itemized code for ${fact.sessionKind} sessions, so they are not billed to this payer.`,
      );
  }
}

export function medicareLine(fact: ServiceFacts, rules: Rules): LineDraft | Held {
  const code = coded(fact, rules.services);
  if (isHeld(code)) return code;
  // 837I 2420C rendering is optional; the lead is named only with an NPI, and never the supervisor.
  const { lead } = fact;
  const rendering = lead?.npi && lead.staffId !== fact.supervisor?.staffId ? lead : null;
  return {
    revenueCode: code.revenueCode,
    procedureCode: code.procedureCode,
    modifiers: [],
    placeOfService: null,
    renderingStaffId: rendering?.staffId ?? null,
    supervisingStaffId: null,
    trace: [
      ...code.trace,
      {
        rule: 'rendering',
        detail: rendering ? `lead ${rendering.staffId}, NPI ${rendering.npi}` : 'none named (optional on 837I)',
      },
    ],
  };
}
