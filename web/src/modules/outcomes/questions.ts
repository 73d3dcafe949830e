// Which questions of an instrument are asked, and the answers array the API expects: the value of
// each question asked, in item order, a question skipped by its enableWhen taking no entry. The
// same rules as the server's (server/src/modules/outcomes/instruments/answers.ts), so a form never
// asks what the server would not count.

interface Condition {
  question: string;
  operator: '=' | '!=' | '>' | '<' | '>=' | '<=';
  answerInteger: number;
}

export interface QuestionItem {
  linkId: string;
  enableWhen?: Condition[];
  enableBehavior?: 'all' | 'any';
}

/** The chosen value of each question answered so far, by linkId. */
export type Chosen = Readonly<Record<string, number>>;

const holds: Record<Condition['operator'], (answer: number, expected: number) => boolean> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '>': (a, b) => a > b,
  '<': (a, b) => a < b,
  '>=': (a, b) => a >= b,
  '<=': (a, b) => a <= b,
};

/** FHIR enableWhen: a question not asked, or not answered yet, satisfies no condition. */
function isEnabled(item: QuestionItem, asked: ReadonlyMap<string, number>): boolean {
  if (!item.enableWhen) return true;
  const results = item.enableWhen.map((c) => {
    const answer = asked.get(c.question);
    return answer !== undefined && holds[c.operator](answer, c.answerInteger);
  });
  return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}

/** The questions asked given the answers so far; an answer left on a question now skipped is ignored. */
export function askedItems<T extends QuestionItem>(items: readonly T[], chosen: Chosen): T[] {
  const asked = new Map<string, number>();
  return items.filter((item) => {
    if (!isEnabled(item, asked)) return false;
    const value = chosen[item.linkId];
    if (value !== undefined) asked.set(item.linkId, value);
    return true;
  });
}

/** The answers to send, or null while a question asked has no answer. */
export function answersInOrder(items: readonly QuestionItem[], chosen: Chosen): number[] | null {
  const values = askedItems(items, chosen).map((item) => chosen[item.linkId]);
  return values.every((v): v is number => v !== undefined) ? values : null;
}
