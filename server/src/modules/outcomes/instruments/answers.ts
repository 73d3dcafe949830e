// How answers are given: `answers[i]` is the value chosen for the i-th question actually asked, in
// item order. A question whose enableWhen does not hold is skipped and takes no entry (C-SSRS
// screener: "no" to question 2 skips 3–5; BAM: no drug-use days skip 7A–7G). Every question asked
// must be answered: with items missing no total is computed (domain reference §4.1: fail closed).
import type { ErrorDetail } from '../../../kernel/http/index.ts';
import type { AnswerOption, InstrumentDefinition, InstrumentItem } from './definition.ts';

/** A bad answer, `path` = `answers.<index>` (the API's 422 `outcomes.invalid_answers` detail). */
export interface AnswerIssue extends ErrorDetail {
  index: number;
}

/** The option chosen for each question asked, by linkId. */
export type Chosen = ReadonlyMap<string, AnswerOption>;

export type ReadAnswers = { ok: true; chosen: Chosen } | { ok: false; issues: AnswerIssue[] };

type Operator = NonNullable<InstrumentItem['enableWhen']>[number]['operator'];

const holds: Record<Operator, (answer: number, expected: number) => boolean> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '>': (a, b) => a > b,
  '<': (a, b) => a < b,
  '>=': (a, b) => a >= b,
  '<=': (a, b) => a <= b,
};

/** FHIR enableWhen: a question that was not answered satisfies no condition. */
export function isEnabled(item: InstrumentItem, chosen: Chosen): boolean {
  if (!item.enableWhen) return true;
  const results = item.enableWhen.map((condition) => {
    const answer = chosen.get(condition.question);
    return answer !== undefined && holds[condition.operator](answer.value, condition.answerInteger);
  });
  return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}

const issue = (index: number, message: string): AnswerIssue => ({ path: `answers.${index}`, index, message });

/** Pairs answers with the questions asked; every bad answer is reported that can be told apart. */
export function readAnswers(instrument: InstrumentDefinition, answers: readonly number[]): ReadAnswers {
  const chosen = new Map<string, AnswerOption>();
  const issues: AnswerIssue[] = [];
  let next = 0;
  for (const [position, item] of instrument.item.entries()) {
    if (!isEnabled(item, chosen)) continue;
    if (next >= answers.length) {
      issues.push(issue(next, `is missing: item ${item.linkId} was asked`));
      return { ok: false, issues };
    }
    const option = item.answerOption.find((o) => o.value === answers[next]);
    if (option) {
      chosen.set(item.linkId, option);
    } else {
      const allowed = item.answerOption.map((o) => o.value).join(', ');
      issues.push(issue(next, `must be one of ${allowed} (item ${item.linkId})`));
      // Which questions come next depends on this answer: the rest cannot be paired.
      if (decidesLaterItems(instrument, position)) return { ok: false, issues };
    }
    next += 1;
  }
  if (next < answers.length) issues.push(issue(next, `is not expected: ${next} questions were asked`));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, chosen };
}

function decidesLaterItems(instrument: InstrumentDefinition, position: number): boolean {
  const linkId = instrument.item[position]?.linkId;
  return instrument.item.slice(position + 1).some((later) => later.enableWhen?.some((c) => c.question === linkId));
}
