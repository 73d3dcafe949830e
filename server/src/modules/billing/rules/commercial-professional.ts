// BILLING-RULES §3, template `commercial_professional` (837P, one line per service): the code by
// kind, the group size and minute minimums, rendering and supervising providers, the place of
// service and the modifiers for telehealth and the pack's optional switches.
import type { RulePack } from '../../payers/index.ts';
import type { Provider, ServiceFacts, TraceStep } from '../claim-model.ts';
import type { Episode } from './eligibility.ts';
import { familyTherapyCode, individualTherapyCode } from './psychotherapy.ts';
import { held, isHeld, type Coded, type Held, type LineDraft } from './verdict.ts';

type Rules = RulePack<'commercial_professional'>;

const nameOf = (provider: Provider) => `${provider.name.given} ${provider.name.family}`;

function procedure(fact: ServiceFacts, rules: Rules): Coded | Held {
  const { services } = rules;
  switch (fact.sessionKind) {
    case 'group_psychotherapy': {
      const { procedureCode } = services.group_psychotherapy;
      return { procedureCode, step: { rule: 'procedure', detail: `group_psychotherapy → ${procedureCode}` } };
    }
    case 'individual_therapy':
      return individualTherapyCode(services.individual_therapy.minuteBands, fact.minutesAttended);
    case 'family_therapy':
      return familyTherapyCode(services.family_therapy, fact.patientPresent);
    case 'psychiatric_evaluation': {
      // CPT 90792 is the evaluation with medical services, which only a prescriber furnishes.
      const prescriber = fact.lead?.prescriber === true;
      const { procedureCode, withMedicalServices } = services.psychiatric_evaluation;
      const code = prescriber ? withMedicalServices : procedureCode;
      const by = prescriber ? 'a prescriber, with medical services' : 'a clinician who does not prescribe';
      return { procedureCode: code, step: { rule: 'procedure', detail: `psychiatric_evaluation by ${by} → ${code}` } };
    }
    default:
      return held(
        'not_billable',
        `The payer's rule pack has no professional code for ${fact.sessionKind} sessions, so they are not billed to this payer.`,
      );
  }
}

/** BILLING-RULES §3: group size and minutes; a session over the size holds every member's line. */
function groupRules(fact: ServiceFacts, rules: Rules): TraceStep[] | Held {
  if (fact.presentCount > rules.maxGroupSize) {
    return held(
      'group_too_large',
      `${fact.presentCount} members attended session ${fact.sessionId}; this payer pays group psychotherapy for at most ${rules.maxGroupSize}. Review the session's attendance.`,
    );
  }
  if (fact.minutesAttended < rules.groupMinMinutes) {
    return held(
      'below_minimum_minutes',
      `${fact.minutesAttended} minutes attended; this payer pays group psychotherapy from ${rules.groupMinMinutes} minutes. Correct the check-in and check-out times if they are wrong.`,
    );
  }
  return [
    { rule: 'group_size', detail: `BILLING-RULES §3: ${fact.presentCount} present, at most ${rules.maxGroupSize}` },
    { rule: 'minimum_minutes', detail: `${fact.minutesAttended} min attended, at least ${rules.groupMinMinutes}` },
  ];
}

interface Providers {
  rendering: string;
  supervising: string | null;
  step: TraceStep;
}

/** The lead renders (2310B/2420A NM1*82); a supervisor never does, and is NM1*DQ when the pack says so. */
function providers(fact: ServiceFacts, rules: Rules): Providers | Held {
  const { lead, supervisor } = fact;
  if (!lead || lead.staffId === supervisor?.staffId) {
    return held(
      'no_licensed_rendering_provider',
      `Session ${fact.sessionId} has no lead facilitator other than its supervisor: name the licensed clinician who led it.`,
    );
  }
  if (!lead.npi) {
    return held(
      'no_licensed_rendering_provider',
      `${nameOf(lead)} led session ${fact.sessionId} but has no NPI on file: add it to their staff profile.`,
    );
  }
  const supervising = rules.supervisorAsDQ ? supervisor : null;
  const reported = supervising
    ? `; supervisor ${nameOf(supervising)} as supervising provider (NM1*DQ)`
    : supervisor
      ? `; supervisor ${nameOf(supervisor)} not reported (pack: supervisorAsDQ off)`
      : '';
  return {
    rendering: lead.staffId,
    supervising: supervising?.staffId ?? null,
    step: { rule: 'rendering', detail: `lead ${nameOf(lead)}, NPI ${lead.npi} (NM1*82)${reported}` },
  };
}

function placeAndModifiers(
  fact: ServiceFacts,
  episode: Episode,
  rules: Rules,
  sameDayGroupLines: number,
): { placeOfService: string; modifiers: string[]; trace: TraceStep[] } {
  const remote =
    fact.modality === 'telehealth_video'
      ? rules.telehealth.video
      : fact.modality === 'telehealth_audio'
        ? rules.telehealth.audio
        : null;
  const trace: TraceStep[] = [
    {
      rule: 'place_of_service',
      detail: remote
        ? `${fact.modality} → POS ${remote.placeOfService}, modifier ${remote.modifier}`
        : `in person → the site's POS ${fact.placeOfService}`,
    },
  ];
  const group = fact.sessionKind === 'group_psychotherapy';
  const switches: [string, boolean, string][] = [
    ['HQ', group && rules.optionalModifiers.HQ, 'group setting'],
    ['HF', episode.population === 'substance_use' && rules.optionalModifiers.HF, 'substance-use program'],
    ['59', group && sameDayGroupLines > 0 && rules.optionalModifiers['59'], 'second group line of the day'],
  ];
  const optional = switches.filter(([, on]) => on);
  for (const [modifier, , why] of optional)
    trace.push({ rule: 'modifier', detail: `${modifier}: ${why} (pack switch)` });
  return {
    placeOfService: remote?.placeOfService ?? fact.placeOfService,
    modifiers: [...(remote ? [remote.modifier] : []), ...optional.map(([modifier]) => modifier)],
    trace,
  };
}

/**
 * One 837P line for a service, or why it is held. `sameDayGroupLines`: group lines the patient
 * already has that day (modifier 59).
 */
export function professionalLine(
  fact: ServiceFacts,
  episode: Episode,
  rules: Rules,
  sameDayGroupLines: number,
): LineDraft | Held {
  const coded = procedure(fact, rules);
  if (isHeld(coded)) return coded;
  const group = fact.sessionKind === 'group_psychotherapy' ? groupRules(fact, rules) : [];
  if (isHeld(group)) return group;
  const staff = providers(fact, rules);
  if (isHeld(staff)) return staff;
  const place = placeAndModifiers(fact, episode, rules, sameDayGroupLines);
  return {
    revenueCode: null,
    procedureCode: coded.procedureCode,
    modifiers: place.modifiers,
    placeOfService: place.placeOfService,
    renderingStaffId: staff.rendering,
    supervisingStaffId: staff.supervising,
    trace: [coded.step, ...group, staff.step, ...place.trace],
  };
}
