// BILLING-RULES §4, template `commercial_per_diem` (837I): one line per attended program day, 1
// unit, its revenue code and HCPCS by level of care × population. The day's minutes are summed
// across its sessions against the pack's daily minimum, and every service of the day, individual
// ones included, is bundled into the per diem and never billed as a line of its own.
import type { RulePack } from '../../payers/index.ts';
import type { Episode, ServiceUnit } from './eligibility.ts';
import { held, type Held, type LineDraft } from './verdict.ts';

type Rules = RulePack<'commercial_per_diem'>;

export function perDiemLine(day: ServiceUnit, episode: Episode, rules: Rules): LineDraft | Held {
  const { levelOfCare, population } = episode;
  const minutes = day.reduce((sum, fact) => sum + fact.minutesAttended, 0);
  const minimum = rules.minDailyMinutes[levelOfCare];
  if (minutes < minimum) {
    return held(
      'below_minimum_minutes',
      `${minutes} minutes attended on ${day[0].serviceDate} across ${day.length} session(s); this payer's ${levelOfCare} per diem needs ${minimum}. Correct the attendance times if they are wrong.`,
    );
  }
  const { revenueCode, procedureCode } = rules.perDiemCodes[levelOfCare][population];
  return {
    revenueCode,
    procedureCode,
    modifiers: [],
    placeOfService: null,
    renderingStaffId: null,
    supervisingStaffId: null,
    trace: [
      {
        rule: 'per_diem_day',
        detail: `BILLING-RULES §4: ${day.length} session(s) bundled, ${minutes} min attended, at least ${minimum} for ${levelOfCare}`,
      },
      { rule: 'procedure', detail: `${levelOfCare} ${population} → ${revenueCode} + ${procedureCode}` },
    ],
  };
}
