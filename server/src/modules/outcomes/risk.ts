// A positive suicide-risk screen must reach a clinician whatever the total: PHQ-9 item 9 ≥ 1 (domain
// reference §4.1, AACN; Simon 2013) and any C-SSRS "yes" (§4.4). This names what was positive, for
// the task it raises.
import { readAnswers, type InstrumentDefinition, type Score } from './instruments/index.ts';

export const SUICIDE_RISK = 'suicide_risk';

export interface RiskItem {
  linkId: string;
  text: string;
  answer: number;
  display: string;
}

export interface RiskFinding {
  flag: typeof SUICIDE_RISK;
  /** The score's band: a triage level on the C-SSRS, the depression band on the PHQ-9. */
  severity: string | null;
  /** The answers the instrument's suicide-risk rules look at (PHQ-9 item 9); none for a rule on the total. */
  items: RiskItem[];
}

export function suicideRisk(
  instrument: InstrumentDefinition,
  answers: readonly number[],
  score: Score,
): RiskFinding | null {
  if (!score.flags.includes(SUICIDE_RISK)) return null;
  const read = readAnswers(instrument, answers);
  const named = new Set(
    (instrument.scoring.flags ?? [])
      .filter((rule) => rule.flag === SUICIDE_RISK)
      .flatMap((rule) => Object.keys(rule.when.items ?? {})),
  );
  const items = instrument.item.flatMap((item): RiskItem[] => {
    const option = read.ok && named.has(item.linkId) ? read.chosen.get(item.linkId) : undefined;
    return option ? [{ linkId: item.linkId, text: item.text, answer: option.value, display: option.display }] : [];
  });
  return { flag: SUICIDE_RISK, severity: score.severity, items };
}

/** A task title naming the instrument and, where a rule looks at items, the answers given. */
export function riskTitle(instrument: InstrumentDefinition, finding: RiskFinding): string {
  if (finding.items.length > 0) {
    const answered = finding.items.map((item) => `item ${item.linkId} “${item.display}”`).join(', ');
    return `Suicide risk: ${instrument.id} ${answered}`;
  }
  return `Suicide risk: ${instrument.id} positive${finding.severity ? ` (${finding.severity})` : ''}`;
}
