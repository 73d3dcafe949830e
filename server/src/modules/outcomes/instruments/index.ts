export { instruments, isInstrumentId, type InstrumentId } from './registry.ts';
export { score, type Score, type ScoreContext, type ScoreResult, type SubscaleScore } from './score.ts';
export { change, type Change, type ChangeResult } from './change.ts';
export { validateCustomInstrument, type CustomInstrumentResult } from './custom.ts';
export { totalRange, type ScoreRange } from './ranges.ts';
export { readAnswers, type AnswerIssue } from './answers.ts';
export {
  InstrumentDefinitionSchema,
  type InstrumentDefinition,
  type InstrumentItem,
  type AnswerOption,
  type Band,
  type FlagRule,
  type Subscale,
  type Coding,
} from './definition.ts';
